/**
 * Writes each service's OpenAPI document under contracts/openapi/ from its routes' schemas, and the
 * types of @loopgate/client from them, as the Avro types are generated: `npm run contracts:openapi`.
 * A test fails while a committed one is stale.
 */
import { writeFileSync } from 'node:fs';
import { API_REFERENCE_PATH, apiReferenceText, clientTypesPath, clientTypesText, documentPath, documentText, SERVICES } from './service-routes';

async function main(): Promise<void> {
  for (const service of SERVICES) {
    writeFileSync(documentPath(service), documentText(service));
    writeFileSync(clientTypesPath(service), await clientTypesText(service));
    console.log(`wrote ${documentPath(service)} and ${clientTypesPath(service)}`);
  }
  writeFileSync(API_REFERENCE_PATH, apiReferenceText());
  console.log(`wrote ${API_REFERENCE_PATH}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
