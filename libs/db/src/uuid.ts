const CANONICAL_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A value a `uuid` column can be asked for: the canonical form, which Postgres always accepts. Anything
 * else (36 zeros, a name) is no row rather than the "invalid input syntax" error the query would raise.
 */
export function isUuid(value: string): boolean {
  return CANONICAL_UUID.test(value);
}
