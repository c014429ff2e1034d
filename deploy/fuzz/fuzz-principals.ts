import { capabilitiesOf, PLATFORM_TEAM, type RoleBinding, ROLES } from '@loopgate/auth';
import { testAuthority } from '@loopgate/testing';

/** A bearer the fuzzer calls every service as. */
export interface FuzzPrincipal {
  readonly name: string;
  readonly roles: readonly RoleBinding[];
  /** Every write it asks for is refused: the database must not change while it runs. */
  readonly refusedWrites: boolean;
}

/** A team that owns nothing in the namespace: its members see and change none of it. */
const OUTSIDE_TEAM = 'fuzz-outsiders';

/** Each role of the platform on every team, and a viewer of a team that owns nothing. */
export function fuzzPrincipals(): FuzzPrincipal[] {
  const platform = ROLES.map((role) => ({
    name: `fuzz-${role}`,
    roles: [{ team: PLATFORM_TEAM, role }],
    refusedWrites: !capabilitiesOf(role).some((capability) => capability !== 'read'),
  }));
  const outsider = {
    name: 'fuzz-outsider',
    roles: [{ team: OUTSIDE_TEAM, role: 'viewer' as const }],
    refusedWrites: true,
  };
  return [...platform, outsider];
}

/** A token of the test authority (whose key the namespace trusts), valid for the whole run. */
export function fuzzToken(principal: FuzzPrincipal, ttlSeconds: number): Promise<string> {
  return testAuthority().token({ name: principal.name, roles: principal.roles, ttlSeconds });
}
