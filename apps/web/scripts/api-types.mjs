#!/usr/bin/env node
/**
 * Generates the web app's API types (src/api/schema.d.ts) from the committed
 * openapi.json, so a server change that breaks the web fails `tsc -p apps/web`.
 *   npm run api:types          (also run by `npm run openapi`)
 * tests/server/openapi.test.ts renders it again and fails when the committed
 * file is stale.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const openapiPath = fileURLToPath(new URL('../../../openapi.json', import.meta.url));
export const schemaPath = fileURLToPath(new URL('../src/api/schema.d.ts', import.meta.url));

const header = `/**
 * Generated from openapi.json by apps/web/scripts/api-types.mjs (npm run api:types).
 * Do not edit: change the server's zod schemas, then run \`npm run openapi\`.
 */

`;

/** The TypeScript text for an OpenAPI document; deterministic, so the freshness test can compare it. */
export async function renderApiTypes(doc) {
  // The server answers every 4XX/5XX with problem+json; the typed client reads errors through ApiError.
  const ast = await openapiTS(doc, { alphabetize: false, exportType: false, rootTypes: false });
  return header + astToString(ast);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === fs.realpathSync(process.argv[1])) {
  const doc = JSON.parse(fs.readFileSync(openapiPath, 'utf8'));
  fs.writeFileSync(schemaPath, await renderApiTypes(doc));
  console.log(`wrote ${schemaPath}`);
}
