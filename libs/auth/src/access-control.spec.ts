import { type EventBus } from '@loopgate/bus';
import { AccessControl } from './access-control';

describe('AccessControl.catchUp', () => {
  it('looks at the topic once at a time: a burst during a look shares one more look', async () => {
    const looks: Array<() => void> = [];
    const follower = {
      caughtUp: () => new Promise<void>((resolve) => looks.push(resolve)),
      start: async () => undefined,
      stop: async () => undefined,
    };
    const access = new AccessControl({ follower: () => follower } as unknown as EventBus, () => undefined);
    const first = access.catchUp();
    const burst = Array.from({ length: 5 }, () => access.catchUp());
    expect(looks).toHaveLength(1);
    looks[0]!();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(looks).toHaveLength(2); // the burst's own look, started after the first ended
    looks[1]!();
    await Promise.all(burst);
    expect(looks).toHaveLength(2);
  });
});
