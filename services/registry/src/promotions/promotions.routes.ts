import { z } from 'zod';
import { checkAcross, pageQuery, route, timestamp } from '@loopgate/service';
import { MODEL_STAGES, ModelVersionSchema, versionParams } from '../versions/versions.routes';
import { type ApprovalStatus } from './approval.entity';

export const APPROVAL_STATUSES = [
  'PENDING',
  'GRANTED',
  'REJECTED',
  'OBSOLETE',
] as const satisfies readonly ApprovalStatus[];

const reason = () => z.string().trim().min(3, 'say why, in a few words').max(2000);

const promotionFields = z.strictObject({
  targetStage: z.enum(['CANARY', 'SHADOW', 'PRODUCTION', 'ARCHIVED']),
  trafficPercent: z
    .number()
    .int()
    .min(1)
    .max(100)
    .optional()
    .meta({ description: "a canary's share of traffic (a canary only)" }),
  reason: reason(),
  override: z.boolean().default(false).meta({
    description: 'ask an approver to override failed gates (the policy must allow it; the reason needs 10 characters)',
  }),
});

type PromotionFields = z.output<typeof promotionFields>;

export const PromotionRequestSchema = promotionFields
  .check(
    checkAcross<PromotionFields>(['targetStage', 'trafficPercent'], ({ targetStage, trafficPercent }, problem) => {
      if (targetStage === 'CANARY' && trafficPercent === undefined)
        problem('trafficPercent', 'a canary needs trafficPercent (1-100)');
      if (targetStage !== 'CANARY' && trafficPercent !== undefined)
        problem('trafficPercent', 'only a canary takes trafficPercent');
    }),
  )
  .check(
    checkAcross<PromotionFields>(['override', 'reason'], ({ override, reason }, problem) => {
      if (override && reason.length < 10)
        problem('reason', 'an override needs a written reason of at least 10 characters');
    }),
  )
  .meta({ id: 'PromotionRequest' });

export const GateResultSchema = z
  .object({
    gate: z.string().meta({
      description: 'min_metric.auc, regression.auc, bias.<metric>, data_validation, load_test, distinct_model ...',
    }),
    segment: z
      .string()
      .nullable()
      .meta({ description: 'the segment (field=value) or sensitive field it judged; null for a global gate' }),
    measured: z.number().nullable().meta({ description: 'null when the gate is not numeric, or could not measure' }),
    threshold: z.number().nullable(),
    passed: z.boolean(),
    detail: z.string(),
  })
  .meta({ id: 'GateResult' });

const PromotionOutcomeSchema = z
  .union([
    z.object({ status: z.literal('PROMOTED'), version: ModelVersionSchema, gates: z.array(GateResultSchema) }),
    z.object({ status: z.literal('AWAITING_APPROVAL'), approvalId: z.uuid(), gates: z.array(GateResultSchema) }),
  ])
  .meta({ id: 'PromotionOutcome' });

export type PromotionOutcome = z.output<typeof PromotionOutcomeSchema>;

const GateEvaluationSchema = z
  .object({
    evaluationId: z.uuid(),
    modelName: z.string(),
    version: z.number().int(),
    targetStage: z.enum(MODEL_STAGES),
    policyVersion: z.string(),
    passed: z.boolean(),
    gates: z.array(GateResultSchema),
    requestedBy: z.string(),
    createdAt: timestamp(),
  })
  .meta({ id: 'GateEvaluation' });

export type GateEvaluationView = z.output<typeof GateEvaluationSchema>;

const ApprovalSchema = z
  .object({
    approvalId: z.uuid(),
    modelName: z.string(),
    version: z.number().int(),
    targetStage: z.enum(MODEL_STAGES),
    trafficPercent: z.number().int().nullable(),
    status: z.enum(APPROVAL_STATUSES).meta({ description: 'OBSOLETE: granted after the version had moved on' }),
    reason: z.string(),
    requestedBy: z.string(),
    failedGates: z.array(z.string()),
    decidedBy: z.string().nullable(),
    decisionReason: z.string().nullable(),
    createdAt: timestamp(),
    decidedAt: timestamp().nullable(),
  })
  .meta({ id: 'Approval' });

export type ApprovalView = z.output<typeof ApprovalSchema>;

const RollbackSchema = z
  .object({ fromVersion: z.number().int(), toVersion: z.number().int() })
  .meta({ id: 'Rollback' });

export type RollbackView = z.output<typeof RollbackSchema>;

export const promote = route({
  summary: "Promote a version to a stage, through its model's policy gates",
  description:
    'Every gate is evaluated (GateEvaluated). 200 promoted; 202 waiting for an approver (by policy, or an override of failed gates).',
  params: versionParams,
  body: PromotionRequestSchema,
  example: { targetStage: 'CANARY', trafficPercent: 10, reason: 'better AUC on every segment' },
  response: PromotionOutcomeSchema,
  status: 200,
  responses: {
    202: 'waiting for an approver: the approval id',
    404: 'the model has no such version',
    409: 'the stage cannot be reached from where the version is, or gates failed (each named, registry.gates_failed)',
  },
});

export const listGateEvaluations = route({
  summary: "Every evaluation of a version's gates, newest first",
  params: versionParams,
  response: z.array(GateEvaluationSchema),
});

export const rollBack = route({
  summary: 'Return production to the previous production version (RolledBack)',
  params: z.object({ modelName: z.string() }),
  body: z.strictObject({ reason: reason() }).meta({ id: 'RollbackRequest' }),
  example: { reason: 'v7 answers late under load' },
  response: RollbackSchema,
  status: 200,
  responses: { 409: 'no earlier production version to return to' },
});

export const listApprovals = route({
  summary: 'Approvals the registry asked for, newest first',
  query: z.object({
    status: z.enum(APPROVAL_STATUSES).optional(),
    modelName: z.string().optional(),
    limit: pageQuery.limit,
  }),
  response: z.array(ApprovalSchema),
});
