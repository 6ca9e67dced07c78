import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateOpenApi } from '../../apps/server/src/cli/openapi-doc.js';
import { renderApiTypes, schemaPath } from '../../apps/web/scripts/api-types.mjs';

describe('openapi.json', () => {
  it('is committed and matches the routes (run `npm run openapi` after changing an API)', async () => {
    const committed = JSON.parse(fs.readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    const current = JSON.parse(JSON.stringify(await generateOpenApi()));
    expect(current).toEqual(committed);
  });

  it('the web types (apps/web/src/api/schema.d.ts) are generated from the committed openapi.json (run `npm run api:types`)', async () => {
    const committed = JSON.parse(fs.readFileSync(new URL('../../openapi.json', import.meta.url), 'utf8'));
    const rendered: string = await renderApiTypes(committed);
    expect(rendered).toContain('export interface operations');
    expect(fs.readFileSync(schemaPath, 'utf8')).toBe(rendered);
  });

  it('documents problem+json errors and the security schemes', async () => {
    type Op = { responses: Record<string, { content?: Record<string, unknown> }> };
    const doc = (await generateOpenApi()) as {
      components: { securitySchemes: Record<string, unknown> };
      paths: Record<string, Record<string, Op>>;
    };
    expect(Object.keys(doc.components.securitySchemes)).toEqual(['session', 'bearer']);
    const ops = Object.values(doc.paths).flatMap((p) => Object.values(p));
    expect(ops.length).toBeGreaterThan(10);
    for (const op of ops)
      expect(Object.keys(op.responses['4XX']?.content ?? {})).toEqual(['application/problem+json']);
  });

  it('names every operation with a unique camelCase operationId (generated clients use it)', async () => {
    const doc = (await generateOpenApi()) as {
      paths: Record<string, Record<string, { operationId?: string }>>;
    };
    const missing: string[] = [];
    const malformed: string[] = [];
    const owners = new Map<string, string[]>();
    for (const [path, item] of Object.entries(doc.paths))
      for (const [method, op] of Object.entries(item)) {
        const where = `${method.toUpperCase()} ${path}`;
        if (!op.operationId) missing.push(where);
        else {
          if (!/^[a-z][a-zA-Z0-9]*$/.test(op.operationId)) malformed.push(`${where}: ${op.operationId}`);
          owners.set(op.operationId, [...(owners.get(op.operationId) ?? []), where]);
        }
      }
    const shared = [...owners]
      .filter(([, where]) => where.length > 1)
      .map(([id, where]) => `${id}: ${where.join(', ')}`);
    expect({ missing, malformed, shared }).toEqual({ missing: [], malformed: [], shared: [] });
    expect(owners.size).toBeGreaterThan(10);
  });
});
