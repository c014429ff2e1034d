/**
 * Writes what comes from the routes' schemas, as the Avro types are generated: each service's OpenAPI
 * document under contracts/openapi/, the types of @loopgate/client from it, docs/api.md, and
 * docs/configuration.md from the services' configuration schemas.
 *
 *   npm run contracts:openapi              write them
 *   npm run contracts:openapi -- --check   exit 1 naming each stale file (the tests run this)
 *
 * A script, not a module the tests import: openapi-typescript's dependencies are ES modules Jest cannot load.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { CONFIGURATION_REFERENCE_PATH, configurationReferenceText } from './configuration-reference';
import {
  API_REFERENCE_PATH,
  apiReferenceText,
  CLIENT_TYPES_DIR,
  documentOf,
  documentPath,
  documentText,
  SERVICES,
} from './service-routes';

async function clientTypesText(service: string): Promise<string> {
  // defaultNonNullable off: a field with a default is optional in a request body, as the route takes it (openapi-typescript#1741).
  const types = astToString(await openapiTS(documentOf(service) as never, { defaultNonNullable: false }));
  return `// Generated from contracts/openapi/${service}.json by openapi-typescript (npm run contracts:openapi): do not edit.\n${types}`;
}

async function generatedFiles(): Promise<Array<{ path: string; text: string }>> {
  const perService = await Promise.all(
    SERVICES.map(async (service) => [
      { path: documentPath(service), text: documentText(service) },
      { path: join(CLIENT_TYPES_DIR, `${service}.ts`), text: await clientTypesText(service) },
    ]),
  );
  return [
    ...perService.flat(),
    { path: API_REFERENCE_PATH, text: apiReferenceText() },
    { path: CONFIGURATION_REFERENCE_PATH, text: configurationReferenceText() },
  ];
}

const onDisk = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

async function main(check: boolean): Promise<number> {
  const files = await generatedFiles();
  if (check) {
    const stale = files.filter((f) => onDisk(f.path) !== f.text).map((f) => relative(process.cwd(), f.path));
    if (stale.length > 0) console.error(`stale (run npm run contracts:openapi and commit them): ${stale.join(', ')}`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const file of files) writeFileSync(file.path, file.text);
  console.log(`wrote ${files.length} files`);
  return 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
