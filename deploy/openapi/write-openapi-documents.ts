/**
 * Writes each service's OpenAPI document under contracts/openapi/ from its routes' schemas, as the
 * Avro types are generated: `npm run contracts:openapi`. A test fails while a committed one is stale.
 */
import { writeFileSync } from 'node:fs';
import { documentPath, documentText, SERVICES } from './service-routes';

for (const service of SERVICES) {
  writeFileSync(documentPath(service), documentText(service));
  console.log(`wrote ${documentPath(service)}`);
}
