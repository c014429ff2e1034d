/** Where an event sits on the broker: a partition of a topic, and its offset there. */
export interface Delivered {
  readonly topic: string;
  readonly partition: number;
  readonly offset: string;
}

/**
 * The events one process has counted already, by partition. A batch delivered again (a retried call,
 * a rebalance before its offsets were committed, events handed over one at a time after a failed
 * batch) must not be counted twice into a window that lives in memory: it would be judged, and
 * signalled, again.
 */
export class FirstDeliveries {
  private readonly next = new Map<string, bigint>();

  /** True the first time this process meets the event (or a later one of its partition); it then counts as met. */
  take(event: Delivered): boolean {
    const partition = `${event.topic}\u0000${event.partition}`;
    const offset = BigInt(event.offset);
    if (offset < (this.next.get(partition) ?? 0n)) return false;
    this.next.set(partition, offset + 1n);
    return true;
  }
}
