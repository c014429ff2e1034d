import { FirstDeliveries } from './first-deliveries';

const at = (partition: number, offset: number, topic = 'serving.predictions') => ({
  topic,
  partition,
  offset: String(offset),
});

describe('FirstDeliveries', () => {
  it('takes each event once, however often its batch is delivered again', () => {
    const deliveries = new FirstDeliveries();
    expect([0, 1, 2].map((o) => deliveries.take(at(0, o)))).toEqual([true, true, true]);
    expect([0, 1, 2, 3].map((o) => deliveries.take(at(0, o)))).toEqual([false, false, false, true]);
  });

  it('keeps partitions and topics apart', () => {
    const deliveries = new FirstDeliveries();
    expect(deliveries.take(at(0, 5))).toBe(true);
    expect(deliveries.take(at(1, 0))).toBe(true);
    expect(deliveries.take(at(0, 0, 'other'))).toBe(true);
    expect(deliveries.take(at(0, 4))).toBe(false);
  });

  it('takes a gap of offsets (compacted or transaction markers) as it comes', () => {
    const deliveries = new FirstDeliveries();
    expect(deliveries.take(at(0, 10))).toBe(true);
    expect(deliveries.take(at(0, 12))).toBe(true);
    expect(deliveries.take(at(0, 11))).toBe(false);
  });

  it('compares offsets as numbers past 2^53', () => {
    const deliveries = new FirstDeliveries();
    expect(deliveries.take({ topic: 't', partition: 0, offset: '9007199254740993' })).toBe(true);
    expect(deliveries.take({ topic: 't', partition: 0, offset: '9007199254740992' })).toBe(false);
  });
});
