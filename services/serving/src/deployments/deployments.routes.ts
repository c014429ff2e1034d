import { z } from 'zod';
import { route } from '@loopgate/service';

const served = z.object({ version: z.number().int(), sha256: z.string() });

const DeploymentSchema = z
  .object({
    modelName: z.string(),
    primary: served.nullable(),
    previous: served.nullable().meta({ description: 'the fallback while the primary fails or overruns' }),
    canary: served.extend({ trafficPercent: z.number() }).nullable(),
    shadow: served.nullable(),
  })
  .meta({ id: 'Deployment' });

export type DeploymentView = z.output<typeof DeploymentSchema>;

export const listDeployments = route({
  summary: 'What this instance serves, per model: primary, previous (the fallback), canary with its share, shadow',
  response: z.array(DeploymentSchema),
});
