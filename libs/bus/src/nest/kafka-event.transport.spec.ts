import { EventBus } from '../event-bus';
import { KafkaEventTransport } from './kafka-event.transport';

// Constructing an EventBus opens no connection; these checks fail before the transport would connect.
function transportWith(pattern: string, isEventHandler: boolean): KafkaEventTransport {
  const bus = new EventBus({ brokers: ['127.0.0.1:1'], service: 'spec', serviceVersion: '0' });
  const transport = new KafkaEventTransport(bus, { groupId: 'spec' });
  transport.addHandler(pattern, async () => undefined, isEventHandler);
  return transport;
}

async function listenError(transport: KafkaEventTransport): Promise<unknown> {
  return new Promise((resolve) => void transport.listen((error) => resolve(error)));
}

describe('KafkaEventTransport', () => {
  it('refuses request-reply handlers: services talk through events only', async () => {
    expect(await listenError(transportWith('SnapshotSealed', false))).toMatchObject({
      code: 'bus.misconfigured',
      message: expect.stringMatching(/@MessagePattern\('SnapshotSealed'\)/),
    });
  });

  it('refuses a consumer group that mixes batch and single-event handlers', async () => {
    const transport = transportWith('SnapshotSealed', true);
    transport.addHandler('SnapshotValidated', async () => undefined, true, { batch: {} });
    expect(await listenError(transport)).toMatchObject({
      code: 'bus.misconfigured',
      message: expect.stringMatching(/mixes batch and single-event handlers/),
    });
  });

  it('refuses a pattern that names no event of the contracts', async () => {
    expect(await listenError(transportWith('SnapshotSeald', true))).toMatchObject({
      code: 'bus.misconfigured',
      message: expect.stringMatching(/names no event type/),
    });
  });
});
