import { z } from 'zod';
import { PLATFORM_TEAM, ROLES } from '@loopgate/auth';
import { zodProblems } from '@loopgate/service';
import { InvalidIdentityRequestError } from './identities.errors';

const name = z.string().regex(/^[a-z0-9][a-z0-9._-]{0,62}$/, 'lower-case letters, digits, . _ -, up to 63 characters');
export const teamName = z.union([z.literal(PLATFORM_TEAM), name]);
export const roleBinding = z.strictObject({ team: teamName, role: z.enum(ROLES) });

const newPrincipal = z.strictObject({
  name,
  kind: z.enum(['person', 'service']),
  roles: z.array(roleBinding).min(1, 'a principal needs at least one role').max(50),
});

const tokenRequest = z.strictObject({
  principal: z.string().min(1).max(63),
  secret: z.string().min(1).max(200),
  ttlSeconds: z.number().int().min(60).optional(),
});

const reasoned = z.strictObject({ reason: z.string().trim().min(3, 'say why, in a few words').max(2_000) });

export function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body ?? {});
  if (!parsed.success) throw new InvalidIdentityRequestError(zodProblems(parsed.error));
  return parsed.data;
}

export const parseNewPrincipal = (body: unknown) => parse(newPrincipal, body);
export const parseTokenRequest = (body: unknown) => parse(tokenRequest, body);
export const parseReason = (body: unknown) => parse(reasoned, body).reason;
export const parsePrincipalName = (value: string) => parse(name, value);
