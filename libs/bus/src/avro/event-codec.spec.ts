import { EVENT_SCHEMAS } from '@loopgate/contracts';
import { EventCodec, fingerprintOf, parseSchema } from './event-codec';
import { EventDecodeError, EventEncodeError } from '../bus.errors';
import { sampleEvents } from '../testing/sample-events';

describe('EventCodec', () => {
  const codec = new EventCodec();

  it('round-trips a sample of every event type', () => {
    for (const [type, payload] of Object.entries(sampleEvents())) {
      const decoded = codec.decode(codec.encode(type as never, payload as never));
      expect(decoded.type).toBe(type);
      expect({ ...decoded.payload }).toEqual(expect.objectContaining(JSON.parse(JSON.stringify(payload))));
    }
  });

  it('writes the single-object header: C3 01 and the newest schema fingerprint little-endian', () => {
    const bytes = codec.encode('TrainingStarted', sampleEvents().TrainingStarted);
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xc3, 0x01]));
    expect(bytes.subarray(2, 10).toString('hex')).toBe(codec.fingerprint('TrainingStarted'));
  });

  it('reads data written with an older schema version as the newest version', () => {
    const v1 = parseSchema(EVENT_SCHEMAS.LoadTestCompleted[0].schema);
    const { scenario: _scenario, ...v1Payload } = sampleEvents().LoadTestCompleted;
    const bytes = Buffer.concat([Buffer.from([0xc3, 0x01]), fingerprintOf(v1), v1.toBuffer(v1Payload)]);
    const decoded = codec.decode(bytes);
    expect(decoded.writerVersion).toBe(1);
    expect(decoded.payload).toMatchObject({ ...v1Payload, scenario: null });
  });

  it('refuses a payload that does not match, naming the field', () => {
    const bad = { ...sampleEvents().TrainingStarted, seed: 'not-a-number' };
    expect(() => codec.encode('TrainingStarted', bad as never)).toThrow(EventEncodeError);
    expect(() => codec.encode('TrainingStarted', bad as never)).toThrow(/seed/);
  });

  it.each([
    ['empty', Buffer.alloc(0), /too short/],
    ['plain JSON', Buffer.from('{"hello":"world"}'), /marker/],
  ])('refuses %s with a decode error', (_name, bytes, message) => {
    expect(() => codec.decode(bytes)).toThrow(EventDecodeError);
    expect(() => codec.decode(bytes)).toThrow(message);
  });

  it('names the fingerprint of a schema it does not know, as a retriable error (a newer producer)', () => {
    const bytes = Buffer.from([0xc3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 0]);
    expect(() => codec.decode(bytes)).toThrow(
      expect.objectContaining({ code: 'bus.unknown_writer_schema', retriable: true, fingerprint: '0102030405060708' }),
    );
  });

  it('refuses a truncated body', () => {
    const bytes = codec.encode('SnapshotSealed', sampleEvents().SnapshotSealed);
    expect(() => codec.decode(bytes.subarray(0, 20))).toThrow(/corrupt/);
  });
});
