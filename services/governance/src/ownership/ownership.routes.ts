import { z } from 'zod';
import { ROLES } from '@loopgate/auth';
import { route, timestamp } from '@loopgate/service';
import { RoleBindingSchema, teamName } from '../identities/identities.request';

const oneTeam = (message: string) =>
  teamName()
    .refine((team) => team !== '*', message)
    .meta({ description: 'one team (not *)' });

const AccessChangeSchema = z
  .strictObject({
    ownerTeam: oneTeam('an object is owned by one team, not *').meta({
      description: 'the team that owns the object (only a platform admin hands it to another team)',
    }),
    grants: z
      .array(z.strictObject({ team: oneTeam('grant to a team, not *'), role: z.enum(ROLES) }))
      .max(50)
      .default([])
      .meta({ description: 'roles of other teams on the object' }),
  })
  .meta({ id: 'AccessChange' });

const ObjectAccessSchema = z
  .object({
    kind: z.enum(['dataset', 'model']),
    name: z.string(),
    ownerTeam: z.string(),
    grants: z.array(RoleBindingSchema),
    changedBy: z.string(),
    changedAt: timestamp(),
  })
  .meta({ id: 'ObjectAccess' });

export type ObjectAccessView = z.output<typeof ObjectAccessSchema>;

const nameParams = z.object({ name: z.string() });

const findAccess = (kind: string) =>
  route({
    summary: `The team that owns a ${kind}, and the teams granted a role on it`,
    params: nameParams,
    response: ObjectAccessSchema,
    responses: { 404: `the ${kind} belongs to no team yet` },
  });

const changeAccess = (kind: string) =>
  route({
    summary: `Claim an unowned ${kind} for a team, or change its grants`,
    description:
      "A name nobody owns is claimed by a data scientist or admin of the claiming team; after that the owning team's admins change the grants.",
    params: nameParams,
    body: AccessChangeSchema,
    example: { ownerTeam: 'flights', grants: [{ team: 'revenue', role: 'viewer' }] },
    response: ObjectAccessSchema,
    status: 201,
    responses: { 200: 'the grants changed' },
  });

export const findDatasetAccess = findAccess('dataset');
export const findModelAccess = findAccess('model');
export const changeDatasetAccess = changeAccess('dataset');
export const changeModelAccess = changeAccess('model');
