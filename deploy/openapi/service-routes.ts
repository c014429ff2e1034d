import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Type } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { HealthController, httpRoutesOf, type HttpRoute, openApiDocument, OpenApiController } from '@loopgate/service';

const ROOT = join(__dirname, '../..');
export const SERVICES_DIR = join(ROOT, 'services');
export const OPENAPI_DIR = join(ROOT, 'contracts/openapi');
export const CLIENT_TYPES_DIR = join(ROOT, 'libs/client/src/generated');

export const SERVICES = readdirSync(SERVICES_DIR)
  .filter((name) => statSync(join(SERVICES_DIR, name, 'src')).isDirectory())
  .sort();

function controllerFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return entry === 'node_modules' || entry === 'test' ? [] : controllerFiles(path);
    return entry.endsWith('.controller.ts') ? [path] : [];
  });
}

/** A service's own controllers, found on disk by their file names (tooling may read what services may not import). */
export function controllersOf(service: string): Type[] {
  return controllerFiles(join(SERVICES_DIR, service, 'src')).flatMap((file) =>
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every controller of a service, found on disk
    Object.values(require(file) as Record<string, unknown>).filter(
      (exported): exported is Type =>
        typeof exported === 'function' && Reflect.getMetadata(PATH_METADATA, exported) !== undefined,
    ),
  );
}

/** Every route a service runs: its own, and the health, metrics and OpenAPI routes every service has. */
export function routesOf(service: string, withPlatform = true): HttpRoute[] {
  return httpRoutesOf([...controllersOf(service), ...(withPlatform ? [HealthController, OpenApiController] : [])]);
}

/** The service's OpenAPI document, as GET /openapi.json builds it from the running service. */
export function documentOf(service: string): ReturnType<typeof openApiDocument> {
  const { version } = JSON.parse(readFileSync(join(SERVICES_DIR, service, 'package.json'), 'utf8')) as {
    version: string;
  };
  return openApiDocument({ service, version }, routesOf(service));
}

export const documentPath = (service: string) => join(OPENAPI_DIR, `${service}.json`);

/** The committed form of a document: two-space JSON and a final newline. */
export const documentText = (service: string) => `${JSON.stringify(documentOf(service), null, 2)}\n`;

export const API_REFERENCE_PATH = join(ROOT, 'docs/api.md');

/** docs/api.md: every route of every service with what it needs and does, from the same routes as the documents. */
export function apiReferenceText(): string {
  const lines = [
    '# API reference',
    '',
    '<!-- Generated from the routes by `npm run contracts:openapi`: do not edit. -->',
    '',
    'Every service serves its OpenAPI 3.1 document at `GET /openapi.json` and an interactive reference at `/docs`; the documents are',
    'committed under [contracts/openapi](../contracts/openapi) and [@loopgate/client](../libs/client) is generated from them. Every route',
    "needs a bearer token from governance's `POST /v1/tokens` unless it says public; a request that breaks the route's rules gets one",
    '422 `http.invalid_request` naming every problem (`details.problems`: where, what, and the allowed values or keys).',
  ];
  for (const service of SERVICES) {
    lines.push(
      '',
      `## ${service}`,
      '',
      `[contracts/openapi/${service}.json](../contracts/openapi/${service}.json)`,
      '',
      '| route | access | what it does |',
      '|---|---|---|',
    );
    for (const route of routesOf(service)) {
      const rule = route.rule;
      const access =
        rule === undefined
          ? '?'
          : 'public' in rule && rule.public
            ? 'public'
            : (rule as { capability: string }).capability;
      lines.push(
        `| \`${route.method.toUpperCase()} ${route.path}\` | ${access} | ${(route.spec?.summary ?? '(not described yet)').replace(/\|/g, '\\|')} |`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}
