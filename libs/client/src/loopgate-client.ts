import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { type paths as FeaturesPaths } from './generated/features';
import { type paths as GovernancePaths } from './generated/governance';
import { type paths as IngestionPaths } from './generated/ingestion';
import { type paths as MonitoringPaths } from './generated/monitoring';
import { type paths as RegistryPaths } from './generated/registry';
import { type paths as ServingPaths } from './generated/serving';
import { type paths as TrainingPaths } from './generated/training';
import { type paths as ValidationPaths } from './generated/validation';
import { TokenSource } from './token-source';

interface ServicePaths {
  ingestion: IngestionPaths;
  validation: ValidationPaths;
  features: FeaturesPaths;
  training: TrainingPaths;
  registry: RegistryPaths;
  serving: ServingPaths;
  monitoring: MonitoringPaths;
  governance: GovernancePaths;
}

export type ServiceName = keyof ServicePaths;

/** Each service's port on one machine, as deploy/local and docs/operations.md start them. */
export const DEFAULT_PORTS: Readonly<Record<ServiceName, number>> = {
  ingestion: 3001,
  validation: 3002,
  features: 3003,
  training: 3004,
  registry: 3005,
  serving: 3006,
  monitoring: 3007,
  governance: 3008,
};

export const SERVICE_NAMES = Object.keys(DEFAULT_PORTS) as ServiceName[];

export interface LoopgateClientOptions {
  /** Base URL per service; http://127.0.0.1:<its default port> for the others. */
  readonly urls?: Partial<Record<ServiceName, string>>;
  /**
   * A principal's secret, exchanged with governance for tokens (and again before each expires or after a 401),
   * or a token as it is (or a function giving one, asked before each request).
   */
  readonly credentials?:
    | { readonly principal: string; readonly secret: string; readonly ttlSeconds?: number }
    | { readonly token: string | (() => string | Promise<string>) };
  readonly fetch?: typeof fetch;
}

export type LoopgateClient = { readonly [S in ServiceName]: Client<ServicePaths[S]> } & {
  readonly urls: Readonly<Record<ServiceName, string>>;
  /** Null when the client was given a token as it is, or no credentials. */
  readonly tokens: TokenSource | null;
};

/** One typed client per service, sharing the caller's token. */
export function createLoopgateClient(options: LoopgateClientOptions = {}): LoopgateClient {
  const urls = Object.fromEntries(
    SERVICE_NAMES.map((s) => [s, (options.urls?.[s] ?? `http://127.0.0.1:${DEFAULT_PORTS[s]}`).replace(/\/$/, '')]),
  ) as Record<ServiceName, string>;
  const credentials = options.credentials;
  const tokens =
    credentials && 'secret' in credentials
      ? new TokenSource(
          { governanceUrl: urls.governance, principal: credentials.principal, secret: credentials.secret },
          credentials.ttlSeconds,
          options.fetch,
        )
      : null;
  const given = credentials && 'token' in credentials ? credentials.token : null;
  const fixed = typeof given === 'string' ? () => given : given;
  const auth = bearer(tokens, fixed, options.fetch ?? fetch);
  const clients = Object.fromEntries(
    SERVICE_NAMES.map((service) => {
      const client = createClient<ServicePaths[typeof service]>({
        baseUrl: urls[service],
        ...(options.fetch ? { fetch: options.fetch } : {}),
      });
      if (tokens || fixed) client.use(auth);
      return [service, client];
    }),
  );
  return { ...(clients as { [S in ServiceName]: Client<ServicePaths[S]> }), urls, tokens };
}

/**
 * Adds the token to every request that does not bring its own Authorization; a 401 with an exchanged token
 * is retried once with a fresh one.
 */
function bearer(
  tokens: TokenSource | null,
  fixed: (() => string | Promise<string>) | null,
  send: typeof fetch,
): Middleware {
  const retries = new WeakMap<Request, Request>();
  return {
    async onRequest({ request }) {
      if (request.headers.has('authorization')) return request;
      request.headers.set('authorization', `Bearer ${fixed ? await fixed() : await tokens!.token()}`);
      if (tokens) retries.set(request, request.clone());
      return request;
    },
    async onResponse({ request, response }) {
      const retry = retries.get(request);
      if (response.status !== 401 || !tokens || !retry) return response;
      tokens.invalidate();
      retry.headers.set('authorization', `Bearer ${await tokens.token()}`);
      return send(retry);
    },
  };
}
