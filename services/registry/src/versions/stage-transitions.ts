import { type ModelStage } from '@loopgate/contracts';

/**
 * Where a version may go from each stage by a promotion. A candidate reaches production only through a
 * canary or a shadow, where it serves real traffic first. Production is left only when another version
 * takes its place or by a rollback; an archived version comes back only by a rollback.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<ModelStage, readonly ModelStage[]>> = {
  CANDIDATE: ['CANARY', 'SHADOW', 'ARCHIVED'],
  SHADOW: ['CANARY', 'PRODUCTION', 'ARCHIVED'],
  CANARY: ['PRODUCTION', 'ARCHIVED'],
  PRODUCTION: [],
  ARCHIVED: [],
};

export function isAllowed(from: ModelStage, to: ModelStage): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

/** Stages held by one version at a time per model: a new holder sends the old one to ARCHIVED. */
export const EXCLUSIVE_STAGES: readonly ModelStage[] = ['PRODUCTION', 'CANARY', 'SHADOW'];
