import { z } from 'zod';
import { route } from '../api/route';

const ReadinessReportSchema = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    checks: z.record(
      z.string(),
      z.object({ status: z.enum(['up', 'down']), error: z.string().optional(), ms: z.number() }),
    ),
  })
  .meta({ id: 'ReadinessReport' });

export const live = route({
  summary: 'Liveness: the process answers',
  response: z.object({ status: z.literal('ok') }),
});

export const ready = route({
  summary: 'Readiness: Kafka, Postgres and the access state are there (503 naming what is down)',
  response: ReadinessReportSchema,
  responses: { 503: 'not ready: the report says which check is down and why' },
});

export const metrics = route({ summary: 'Prometheus metrics', produces: 'text/plain' });
