/**
 * The OpenAPI documents under contracts/openapi/ are the HTTP API between teams: each is what its
 * service's routes declare, valid OpenAPI 3.1, and covers every route the role matrix covers; the
 * client types and docs/api.md generated from them are up to date (`npm run contracts:openapi`).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { takesRouteInput } from '@loopgate/service';
import { documentOf, routesOf, SERVICES } from '../openapi/service-routes';

const ROOT = join(__dirname, '../..');

it('has every generated file up to date: the documents, the client types, docs/api.md', () => {
  // A failure names the stale files: run `npm run contracts:openapi` and commit them.
  expect(() =>
    execFileSync(
      process.execPath,
      ['-r', join(ROOT, 'tools/register.js'), join(ROOT, 'deploy/openapi/write-openapi-documents.ts'), '--check'],
      { cwd: ROOT, stdio: 'pipe' },
    ),
  ).not.toThrow();
});

describe.each(SERVICES)('%s', (service) => {
  it('is valid OpenAPI 3.1', async () => {
    const result = await validate(documentOf(service) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('documents every route the service runs, with bearer auth on all but the public ones', () => {
    const document = documentOf(service);
    for (const route of routesOf(service)) {
      const operation = document.paths?.[route.path]?.[route.method as 'get'];
      expect({ route: `${route.method} ${route.path}`, documented: operation !== undefined }).toEqual({
        route: `${route.method} ${route.path}`,
        documented: true,
      });
      const isPublic = route.rule !== undefined && 'public' in route.rule && route.rule.public === true;
      expect({ route: route.path, security: operation?.security }).toEqual({
        route: route.path,
        security: isPublic ? [] : undefined,
      });
    }
    expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});

it('describes every route with schemas, and gives every JSON body an example', () => {
  const all = SERVICES.flatMap((service) =>
    routesOf(service).map((r) => ({ ...r, name: `${service} ${r.method} ${r.path}` })),
  );
  expect(all.filter((r) => !r.spec).map((r) => r.name)).toEqual([]);
  expect(all.filter((r) => r.spec?.body && r.spec.example === undefined).map((r) => r.name)).toEqual([]);
  // @Input() is where a request is validated: a route with schemas that does not read it would let anything through.
  const validates = (r: (typeof all)[number]) =>
    !(r.spec?.params || r.spec?.query || r.spec?.headers || r.spec?.body) ||
    takesRouteInput(r.controller, r.handlerName);
  expect(all.filter((r) => !validates(r)).map((r) => r.name)).toEqual([]);
});

it('bounds every whole number a path or a query takes, so one too large for its column is a 422 naming it', () => {
  // The fuzzer found versions past 2^31 answered 500: Postgres refused them in the query.
  const unbounded = SERVICES.flatMap((service) =>
    Object.entries(documentOf(service).paths ?? {}).flatMap(([path, item]) =>
      Object.entries(
        item as Record<string, { parameters?: Array<{ name: string; schema?: Record<string, unknown> }> }>,
      ).flatMap(([method, operation]) =>
        (operation.parameters ?? [])
          .filter((p) => p.schema?.type === 'integer' && p.schema.maximum === undefined)
          .map((p) => `${service} ${method} ${path} ${p.name}`),
      ),
    ),
  );
  expect(unbounded).toEqual([]);
});

it('lists what the HTTP layer refuses before a route reads its input: a body that is not JSON or multipart, one too large', () => {
  const missing = SERVICES.flatMap((service) =>
    routesOf(service).flatMap((route) => {
      const responses = documentOf(service).paths?.[route.path]?.[route.method as 'post']?.responses ?? {};
      const multipart = [route.spec?.rawBody?.contentType].flat().includes('multipart/form-data');
      const wanted = route.spec?.body ? ['400', '413'] : multipart ? ['400'] : [];
      return wanted
        .filter((status) => !(status in responses))
        .map((s) => `${service} ${route.method} ${route.path} ${s}`);
    }),
  );
  expect(missing).toEqual([]);
});
