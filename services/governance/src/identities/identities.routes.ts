import { z } from 'zod';
import { pageOf, pageQuery, route, timestamp } from '@loopgate/service';
import { NewPrincipalSchema, ReasonSchema, RoleBindingSchema, TokenRequestSchema } from './identities.request';

const PrincipalSchema = z
  .object({
    name: z.string(),
    kind: z.enum(['person', 'service']),
    roles: z.array(RoleBindingSchema),
    createdBy: z.string(),
    createdAt: timestamp(),
    disabledAt: timestamp().nullable(),
  })
  .meta({ id: 'Principal' });

export type PrincipalView = z.output<typeof PrincipalSchema>;

const IssuedTokenSchema = z
  .object({
    token: z.string().meta({ description: 'the bearer token: Authorization: Bearer <token>' }),
    tokenId: z.string(),
    principal: z.string(),
    expiresAt: timestamp(),
  })
  .meta({ id: 'IssuedToken' });

export type IssuedAccessToken = z.output<typeof IssuedTokenSchema>;

const CallerSchema = z
  .object({
    name: z.string(),
    kind: z.enum(['person', 'service']),
    roles: z.array(RoleBindingSchema).readonly(),
    tokenId: z.string(),
    expiresAt: z.number().int().meta({ description: 'when the token expires, epoch milliseconds' }),
  })
  .meta({ id: 'Caller' });

export type CallerView = z.output<typeof CallerSchema>;

const RevocationSchema = z
  .object({
    tokenId: z.string(),
    revoked: z.boolean().meta({ description: 'false when the token was revoked already' }),
  })
  .meta({ id: 'TokenRevocation' });

export type RevocationView = z.output<typeof RevocationSchema>;

const CreatedPrincipalSchema = z
  .object({
    principal: PrincipalSchema,
    secret: z.string().meta({ description: 'shown this once; only its hash is stored' }),
  })
  .meta({ id: 'CreatedPrincipal' });

export type CreatedPrincipalView = z.output<typeof CreatedPrincipalSchema>;

export const issueToken = route({
  summary: "A signed access token for a principal's name and secret",
  description: 'The only route besides health and this reference that takes no token.',
  body: TokenRequestSchema,
  example: { principal: 'alice', secret: 'the secret given when alice was created', ttlSeconds: 3600 },
  response: IssuedTokenSchema,
  status: 201,
  responses: {
    401: 'unknown principal or wrong secret (not saying which), or a disabled principal',
    429: 'too many exchanges from this address, or too many wrong secrets for this name: try again after Retry-After seconds',
  },
});

export const currentToken = route({
  summary: 'Who the presented token says the caller is',
  response: CallerSchema,
});

export const signOut = route({
  summary: 'Sign out: the presented token is revoked everywhere',
  response: RevocationSchema,
  responses: { 404: 'the token is not one governance issued (an ephemeral authority signed it: a replay, a test)' },
});

export const revokeToken = route({
  summary: 'Revoke a token: every service refuses it once it reads TokenRevoked',
  params: z.object({ tokenId: z.string() }),
  body: ReasonSchema,
  example: { reason: 'the laptop was lost' },
  response: RevocationSchema,
  status: 200,
  responses: { 404: 'no such token was issued' },
});

export const createPrincipal = route({
  summary: 'Create a person or a service, with its roles; the answer holds its secret, once',
  description: "A team's admin gives roles on its own teams only; a platform admin on every team.",
  body: NewPrincipalSchema,
  example: { name: 'alice', kind: 'person', roles: [{ team: 'flights', role: 'data_scientist' }] },
  response: CreatedPrincipalSchema,
  status: 201,
  responses: { 409: 'the name is taken' },
});

export const listPrincipals = route({
  summary: 'Every principal, by name',
  query: z.object({
    limit: pageQuery.limit,
    after: z.string().optional().meta({ description: 'the `next` of the previous page' }),
  }),
  response: pageOf(PrincipalSchema),
});

export const disablePrincipal = route({
  summary: 'Disable a principal: no more tokens, and its live ones revoked',
  description: "A team's admin disables principals whose roles are all on its teams.",
  params: z.object({ name: z.string() }),
  body: ReasonSchema,
  example: { reason: 'left the company' },
  response: PrincipalSchema,
  status: 200,
  responses: { 404: 'no such principal' },
});
