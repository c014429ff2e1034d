import { fromHeaders, newMetadata, toHeaders, HEADER } from './event-metadata';
import { EventDecodeError } from '../bus.errors';

describe('event metadata', () => {
  it('starts a correlation at an event from outside', () => {
    const meta = newMetadata('SnapshotSealed', 'ingestion@0.1.0', { actor: 'alice' }, null);
    expect(meta.correlationId).toBe(meta.eventId);
    expect(meta.causationId).toBeNull();
    expect(meta.actor).toBe('alice');
  });

  it('continues the correlation of the event it reacts to and names it as cause', () => {
    const cause = newMetadata('SnapshotSealed', 'ingestion@0.1.0', { correlationId: 'run-7' }, null);
    const effect = newMetadata('SnapshotValidated', 'validation@0.1.0', { causedBy: cause }, null);
    expect(effect.correlationId).toBe('run-7');
    expect(effect.causationId).toBe(cause.eventId);
    expect(effect.actor).toBe('validation@0.1.0');
  });

  it('starts a new correlation where asked, still naming its cause', () => {
    const sealed = newMetadata(
      'SnapshotSealed',
      'ingestion@0.1.0',
      { causedBy: { eventId: 'record-9', correlationId: 'batch-1' }, correlationId: 'snapshot-3' },
      null,
    );
    expect(sealed).toMatchObject({ correlationId: 'snapshot-3', causationId: 'record-9' });
  });

  it('round-trips through Kafka headers', () => {
    const meta = newMetadata(
      'TrainingStarted',
      'training@1.2.3',
      { causedBy: { eventId: 'e1', correlationId: 'c1' } },
      '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    );
    const headers = Object.fromEntries(Object.entries(toHeaders(meta)).map(([k, v]) => [k, Buffer.from(v)]));
    expect(fromHeaders(headers, 'TrainingStarted')).toEqual(meta);
  });

  it('refuses a message without an event id or with a type that contradicts its value', () => {
    expect(() => fromHeaders({}, 'TrainingStarted')).toThrow(EventDecodeError);
    expect(() =>
      fromHeaders({ [HEADER.id]: Buffer.from('x'), [HEADER.type]: Buffer.from('TrainingFailed') }, 'TrainingStarted'),
    ).toThrow(/header says TrainingFailed/);
  });
});
