import { z } from 'zod';
import { route } from '@loopgate/service';
import { versionParams } from '../predictions/predictions.routes';
import { inferRequestSchema } from './open-inference-tensors';

/** The protocol's error shape: a 400 for a request it cannot take, the platform's statuses otherwise. */
const refusals = { schema: z.object({ error: z.string() }).meta({ id: 'InferenceError' }), invalidStatus: 400 };

const modelParams = versionParams.pick({ modelName: true });
const tensorMetadata = z.object({ name: z.string(), datatype: z.string(), shape: z.array(z.number().int()) });

const ModelMetadataSchema = z
  .object({
    name: z.string(),
    versions: z.array(z.string()),
    platform: z.string(),
    inputs: z.array(tensorMetadata),
    outputs: z.array(tensorMetadata),
  })
  .meta({ id: 'InferenceModelMetadata' });

const InferResponseSchema = z
  .object({
    model_name: z.string(),
    model_version: z
      .string()
      .optional()
      .meta({ description: 'set when one version answered every row (see the `version` output otherwise)' }),
    id: z.string(),
    outputs: z.array(
      z.object({
        name: z.string(),
        shape: z.array(z.number().int()),
        datatype: z.string(),
        data: z.array(z.unknown()),
      }),
    ),
  })
  .meta({ id: 'InferenceResponse' });

const ModelReadySchema = z.object({ name: z.string(), ready: z.literal(true) });

const inferBody = inferRequestSchema.meta({ id: 'InferenceRequest' });
const inferExample = {
  id: 'r1',
  inputs: [
    { name: 'carrier', shape: [1], datatype: 'BYTES', data: ['AA'] },
    { name: 'distance', shape: [1], datatype: 'FP64', data: [1745] },
  ],
};
const notDeployed = { 404: 'nothing (or not that version) is deployed here for the model' };

export const serverMetadata = route({
  summary: "The inference server's name, version and extensions",
  response: z.object({ name: z.string(), version: z.string(), extensions: z.array(z.string()) }),
  refusals,
});
export const serverLive = route({
  summary: 'Server liveness',
  response: z.object({ live: z.literal(true) }),
  refusals,
});
export const serverReady = route({
  summary: 'Server readiness: Kafka, Postgres and the access state (400 naming what is down)',
  response: z.object({ ready: z.boolean(), error: z.string().optional() }),
  responses: { 400: 'not ready' },
  refusals,
});

export const modelMetadata = route({
  summary: "The production model's inputs and outputs",
  params: modelParams,
  response: ModelMetadataSchema,
  responses: notDeployed,
  refusals,
});
export const modelReady = route({
  summary: 'Whether the model has a production version deployed here',
  params: modelParams,
  response: ModelReadySchema,
  responses: notDeployed,
  refusals,
});
export const infer = route({
  summary: 'Infer with the routed version (canary, shadow and fallback as on /v1)',
  params: modelParams,
  body: inferBody,
  example: inferExample,
  response: InferResponseSchema,
  status: 200,
  responses: notDeployed,
  refusals,
});

export const versionMetadata = route({
  summary: "One deployed version's inputs and outputs",
  params: versionParams,
  response: ModelMetadataSchema,
  responses: notDeployed,
  refusals,
});
export const versionReady = route({
  summary: 'Whether that version is deployed here',
  params: versionParams,
  response: ModelReadySchema,
  responses: notDeployed,
  refusals,
});
export const versionInfer = route({
  summary: 'Infer with that version whatever its role, without fallback (load tests of a canary)',
  params: versionParams,
  body: inferBody,
  example: inferExample,
  response: InferResponseSchema,
  status: 200,
  responses: notDeployed,
  refusals,
});
