import { type EventPayloads } from '@loopgate/contracts';
import { AnonymousRefusals, type Denial } from './anonymous-refusals';

const denial = (reason = 'no bearer token', action = 'GET /v1/approvals'): Denial => ({
  subject: 'anonymous',
  action,
  resource: action,
  reason,
});

function refusals(perMinute = 1_000) {
  const published: Array<EventPayloads['AccessDenied']> = [];
  const counter = new AnonymousRefusals({ perMinute, summaryEveryMs: 60_000 }, async (d) => void published.push(d));
  return { counter, published };
}

describe('AnonymousRefusals', () => {
  it('audits the first refusal of a kind at once and the rest of the window as one summary with its count', async () => {
    const { counter, published } = refusals();
    for (let i = 0; i < 50; i++) await counter.refuse('10.0.0.1', denial(), 1_000 + i);
    await counter.refuse('10.0.0.2', denial('the token expired at ...'), 2_000);
    expect(published).toEqual([
      { ...denial(), count: 1, firstAt: null, lastAt: null },
      { ...denial('the token expired at ...'), count: 1, firstAt: null, lastAt: null },
    ]);
    await counter.flush();
    // 49 more of the first kind; none more of the second, so no summary of it.
    expect(published.slice(2)).toEqual([{ ...denial(), count: 49, firstAt: 1_000, lastAt: 1_049 }]);
    await counter.refuse('10.0.0.1', denial(), 5_000);
    expect(published).toHaveLength(4); // a new window: its first refusal goes out at once again
  });

  it('answers an address past its limit with the seconds to wait, and counts its refusals all the same', async () => {
    const { counter, published } = refusals(3);
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await counter.refuse('10.0.0.1', denial()));
    expect(waits.slice(0, 3)).toEqual([null, null, null]);
    expect(waits[3]).toBeGreaterThanOrEqual(1);
    expect(waits[3]).toBeLessThanOrEqual(60);
    expect(await counter.refuse('10.0.0.9', denial())).toBeNull(); // another address has its own budget
    await counter.stop();
    expect(published.at(-1)).toMatchObject({ count: 5 });
  });

  it('keeps at most 100 kinds apart in a window and sums the others as one', async () => {
    const { counter, published } = refusals();
    for (let i = 0; i < 150; i++) await counter.refuse('10.0.0.1', denial(`reason ${i}`));
    expect(published).toHaveLength(101);
    expect(published[100]).toMatchObject({ action: '(various)', count: 1 });
    await counter.flush();
    expect(published.at(-1)).toMatchObject({ action: '(various)', count: 49 });
  });
});
