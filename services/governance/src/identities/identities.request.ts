import { z } from 'zod';
import { PLATFORM_TEAM, ROLES } from '@loopgate/auth';
import { InvalidIdentityRequestError } from './identities.errors';

const NAME = /^[a-z0-9][a-z0-9._-]{0,62}$/;
const NAME_RULE = 'lower-case letters, digits, . _ -, up to 63 characters';

export const principalName = () => z.string().regex(NAME, NAME_RULE);
export const teamName = () =>
  z
    .union([z.literal(PLATFORM_TEAM), principalName()])
    .meta({ description: `a team, or ${PLATFORM_TEAM} for every team` });
export const RoleBindingSchema = z.strictObject({ team: teamName(), role: z.enum(ROLES) }).meta({ id: 'RoleBinding' });

export const NewPrincipalSchema = z
  .strictObject({
    name: principalName(),
    kind: z.enum(['person', 'service']),
    roles: z.array(RoleBindingSchema).min(1, 'a principal needs at least one role').max(50),
  })
  .meta({ id: 'NewPrincipal' });

export const TokenRequestSchema = z
  .strictObject({
    principal: z.string().min(1).max(63),
    secret: z.string().min(1).max(200),
    ttlSeconds: z
      .number()
      .int()
      .min(60)
      .optional()
      .meta({ description: "the token's lifetime; the service's default when absent, its maximum at most" }),
  })
  .meta({ id: 'TokenRequest' });

export const ReasonSchema = z
  .strictObject({ reason: z.string().trim().min(3, 'say why, in a few words').max(2_000) })
  .meta({ id: 'Reason' });

/** A principal's name given on the command line (bootstrap-admin). */
export function parsePrincipalName(value: string): string {
  const parsed = principalName().safeParse(value);
  if (!parsed.success) throw new InvalidIdentityRequestError([`name: ${NAME_RULE}`]);
  return parsed.data;
}
