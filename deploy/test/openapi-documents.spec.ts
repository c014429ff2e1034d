/**
 * The OpenAPI documents under contracts/openapi/ are the HTTP API between teams: each is what its
 * service's routes declare (regenerate with `npm run contracts:openapi`), valid OpenAPI 3.1, and
 * covers every route the role matrix covers.
 */
import { readFileSync } from 'node:fs';
import { validate } from '@readme/openapi-parser';
import { API_REFERENCE_PATH, apiReferenceText, clientTypesPath, clientTypesText, documentOf, documentPath, documentText, routesOf, SERVICES } from '../openapi/service-routes';

describe.each(SERVICES)('%s', (service) => {
  it('has its committed document up to date with its routes', () => {
    // A failure here: run `npm run contracts:openapi` and commit contracts/openapi/.
    expect(readFileSync(documentPath(service), 'utf8')).toBe(documentText(service));
  });

  it("has @loopgate/client's types generated from that document", async () => {
    expect(readFileSync(clientTypesPath(service), 'utf8')).toBe(await clientTypesText(service));
  });

  it('is valid OpenAPI 3.1', async () => {
    const result = await validate(documentOf(service) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
  });

  it('documents every route the service runs, with bearer auth on all but the public ones', () => {
    const document = documentOf(service);
    for (const route of routesOf(service)) {
      const operation = document.paths?.[route.path]?.[route.method as 'get'];
      expect({ route: `${route.method} ${route.path}`, documented: operation !== undefined }).toEqual({ route: `${route.method} ${route.path}`, documented: true });
      const isPublic = route.rule !== undefined && 'public' in route.rule && route.rule.public === true;
      expect({ route: route.path, security: operation?.security }).toEqual({ route: route.path, security: isPublic ? [] : undefined });
    }
    expect(document.components?.securitySchemes?.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});

it('gives every operation of a described route an example for its JSON body', () => {
  const missing = SERVICES.flatMap((service) => routesOf(service).filter((r) => r.spec?.body && r.spec.example === undefined).map((r) => `${service} ${r.method} ${r.path}`));
  expect(missing).toEqual([]);
});

it('has docs/api.md generated from the same routes', () => {
  expect(readFileSync(API_REFERENCE_PATH, 'utf8')).toBe(apiReferenceText());
});
