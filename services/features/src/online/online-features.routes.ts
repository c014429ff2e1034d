import { z } from 'zod';
import { route } from '@loopgate/service';
import { featureSetParams } from '../definitions/feature-sets.routes';
import { MAX_LOOKUP } from './online-store.service';

const OnlineFeaturesSchema = z
  .object({
    entityId: z.string(),
    eventTime: z
      .number()
      .int()
      .meta({ description: "the event time of the entity's latest record, in epoch milliseconds" }),
    fields: z.record(z.string(), z.unknown()).meta({
      description: "the raw fields the feature set reads, as of that record: what a model's graph takes as input",
    }),
  })
  .meta({ id: 'OnlineFeatures' });

export type OnlineFeatures = z.output<typeof OnlineFeaturesSchema>;

const OnlineLookupSchema = z
  .object({
    featureSetId: z.string(),
    version: z.string().meta({ description: 'the feature set version whose fields were read' }),
    found: z.array(OnlineFeaturesSchema).meta({ description: 'the entities found, in request order' }),
    missing: z.array(z.string()).meta({ description: 'the entities no record of has reached the online store' }),
  })
  .meta({ id: 'OnlineLookup' });

export type OnlineLookup = z.output<typeof OnlineLookupSchema>;

const EntityFeaturesSchema = OnlineFeaturesSchema.extend({ featureSetId: z.string(), version: z.string() }).meta({
  id: 'OnlineEntityFeatures',
});

export type EntityFeatures = z.output<typeof EntityFeaturesSchema>;

export const onlineFeatures = route({
  summary: "One entity's fields as of its latest record",
  params: featureSetParams.extend({ entityId: z.string().meta({ description: 'an entity id' }) }),
  response: EntityFeaturesSchema,
  responses: { 404: 'the feature set is not registered, or no record of the entity has reached the online store' },
});

export const lookupOnlineFeatures = route({
  summary: 'Many entities at once: the found ones in request order, the unknown ones listed as missing',
  params: featureSetParams,
  body: z
    .strictObject({ entityIds: z.array(z.string().min(1).max(256)).min(1).max(MAX_LOOKUP) })
    .meta({ id: 'OnlineLookupRequest' }),
  example: { entityIds: ['UA-1-2001-01-01', 'AA-7-2001-01-01'] },
  response: OnlineLookupSchema,
  status: 200,
  responses: { 404: 'the feature set is not registered' },
});
