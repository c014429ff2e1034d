/** Roles a principal holds per team; the platform team '*' means every team. */
export const ROLES = ['viewer', 'data_scientist', 'approver', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What a route needs: read anything the team sees, change its data and models, decide on gates, administer access. */
export const CAPABILITIES = ['read', 'write', 'approve', 'administer'] as const;
export type Capability = (typeof CAPABILITIES)[number];

export const PLATFORM_TEAM = '*';

export interface RoleBinding {
  readonly team: string;
  readonly role: Role;
}

const CAPABILITIES_OF: Record<Role, readonly Capability[]> = {
  viewer: ['read'],
  data_scientist: ['read', 'write'],
  approver: ['read', 'approve'],
  admin: ['read', 'write', 'approve', 'administer'],
};

export function capabilitiesOf(role: Role): readonly Capability[] {
  return CAPABILITIES_OF[role];
}

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The roles that carry a capability, for error messages. */
export function rolesWith(capability: Capability): Role[] {
  return ROLES.filter((role) => CAPABILITIES_OF[role].includes(capability));
}

/** Whether roles give a capability on a team's objects directly (a role on the team, or on every team). */
export function rolesAllow(roles: readonly RoleBinding[], team: string, capability: Capability): boolean {
  return roles.some(
    (r) => (r.team === team || r.team === PLATFORM_TEAM) && CAPABILITIES_OF[r.role].includes(capability),
  );
}
