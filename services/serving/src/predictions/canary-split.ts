/**
 * Whether an entity's requests go to the canary: a stable hash of its key (FNV-1a, 32 bits) picks one
 * of 10,000 buckets, and the first trafficPercent x 100 buckets are the canary's. The same entity always
 * lands on the same side for a given share.
 */
export function routesToCanary(entityKey: string, trafficPercent: number): boolean {
  return bucketOf(entityKey) < Math.round(trafficPercent * 100);
}

export function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % 10_000;
}
