import { z } from 'zod';

/**
 * A team's declarations, kept in its own repository: dataset specs, feature sets, model training
 * configs and their promotion and monitoring policies, each as the body its route takes.
 */
export const DeclarationsSchema = z.strictObject({
  datasets: z.record(z.string(), z.strictObject({ spec: z.record(z.string(), z.unknown()) })).default({}),
  featureSets: z.array(z.looseObject({ featureSetId: z.string() })).default([]),
  models: z
    .record(
      z.string(),
      z.strictObject({
        training: z.record(z.string(), z.unknown()).optional(),
        promotionPolicy: z.record(z.string(), z.unknown()).optional(),
        monitoringPolicy: z.record(z.string(), z.unknown()).optional(),
      }),
    )
    .default({}),
});

export type Declarations = z.output<typeof DeclarationsSchema>;

export type ObjectKind =
  'dataset spec' | 'feature set' | 'model training config' | 'promotion policy' | 'monitoring policy';

/** One declared object, and what the services hold for it now (null: nothing yet). */
export interface DeclaredObject {
  readonly kind: ObjectKind;
  readonly name: string;
  readonly declared: Record<string, unknown>;
  readonly current: Record<string, unknown> | null;
}

export interface Change {
  readonly kind: ObjectKind;
  readonly name: string;
  readonly action: 'create' | 'update' | 'unchanged';
  /** Each declared key whose value differs from the current one. */
  readonly differences: ReadonlyArray<{ readonly key: string; readonly current: unknown; readonly declared: unknown }>;
}

/**
 * What applying would change. Only what is declared is compared, at every depth: what the services
 * add (versions, times, defaults the team did not write) is not a difference.
 */
export function planOf(objects: readonly DeclaredObject[]): Change[] {
  return objects.map(({ kind, name, declared, current }) => {
    if (current === null)
      return {
        kind,
        name,
        action: 'create',
        differences: Object.entries(declared).map(([key, value]) => ({ key, current: undefined, declared: value })),
      };
    const differences = Object.entries(declared)
      .filter(([key, value]) => !holds(current[key], value))
      .map(([key, value]) => ({ key, current: current[key], declared: value }));
    return { kind, name, action: differences.length === 0 ? 'unchanged' : 'update', differences };
  });
}

/** The plan as a person reads it: a line per object, a line per differing key. */
export function printedPlan(changes: readonly Change[]): string {
  const symbol = { create: '+', update: '~', unchanged: '=' } as const;
  const lines = changes.flatMap((c) => [
    `${symbol[c.action]} ${c.kind} ${c.name}${c.action === 'unchanged' ? '' : ` (${c.action})`}`,
    ...c.differences.map(
      (d) =>
        `    ${d.key}: ${d.current === undefined ? '' : `${JSON.stringify(d.current)} -> `}${JSON.stringify(d.declared)}`,
    ),
  ]);
  const pending = changes.filter((c) => c.action !== 'unchanged').length;
  return `${lines.join('\n')}\n${pending === 0 ? 'no changes' : `${pending} of ${changes.length} objects to change`}\n`;
}

/** Whether the current value holds the declared one: the same, or with more (keys the team did not declare). */
export function holds(current: unknown, declared: unknown): boolean {
  if (Array.isArray(declared))
    return (
      Array.isArray(current) && current.length === declared.length && declared.every((d, i) => holds(current[i], d))
    );
  if (declared !== null && typeof declared === 'object') {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return false;
    return Object.entries(declared).every(([key, value]) => holds((current as Record<string, unknown>)[key], value));
  }
  return Object.is(current, declared);
}
