import { type Type } from 'avsc';
import { type SchemaVersion } from '@loopgate/contracts';
import { parseSchema } from './event-codec';

export interface CompatibilityProblem {
  readonly eventType: string;
  readonly newest: number;
  readonly other: number;
  /** backward: the newest schema cannot read data written by the other; forward: the other cannot read the newest's data. */
  readonly direction: 'backward' | 'forward';
  readonly reason: string;
}

function canRead(reader: Type, writer: Type): string | null {
  try {
    reader.createResolver(writer);
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}

/**
 * Each event's newest schema must read data written with every earlier version (backward) and
 * every earlier version must read data written with the newest (forward), so producers and
 * consumers can be upgraded in any order.
 */
export function compatibilityProblems(
  schemas: Readonly<Record<string, readonly SchemaVersion[]>>,
): CompatibilityProblem[] {
  const problems: CompatibilityProblem[] = [];
  for (const [eventType, versions] of Object.entries(schemas)) {
    const newestVersion = versions[versions.length - 1];
    const newest = parseSchema(newestVersion.schema);
    for (const older of versions.slice(0, -1)) {
      const other = parseSchema(older.schema);
      const backward = canRead(newest, other);
      if (backward)
        problems.push({
          eventType,
          newest: newestVersion.version,
          other: older.version,
          direction: 'backward',
          reason: backward,
        });
      const forward = canRead(other, newest);
      if (forward)
        problems.push({
          eventType,
          newest: newestVersion.version,
          other: older.version,
          direction: 'forward',
          reason: forward,
        });
    }
  }
  return problems;
}
