import { type LoadedModel } from './loaded-model';

/** What serves one model right now. Replaced whole on every change, so a request keeps the set it started with. */
export interface ModelDeployment {
  readonly primary: LoadedModel | null;
  /** The primary before the current one: the fallback when the current one fails or is too slow. */
  readonly previous: LoadedModel | null;
  readonly canary: { readonly model: LoadedModel; readonly trafficPercent: number } | null;
  readonly shadow: LoadedModel | null;
}

export const NO_DEPLOYMENT: ModelDeployment = { primary: null, previous: null, canary: null, shadow: null };
