/**
 * Writes the OpenAPI document generated from the zod schemas to openapi.json
 * at the repository root (committed; a test fails when it is stale).
 *   npm run openapi
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateOpenApi } from './openapi-doc.js';

const target = fileURLToPath(new URL('../../../../openapi.json', import.meta.url));
fs.writeFileSync(target, `${JSON.stringify(await generateOpenApi(), null, 2)}\n`);
console.log(`wrote ${target}`);
