/**
 * Every authenticated route has an authorization spec (a new route without one
 * fails here), and every one answers 401 without credentials.
 */
import { describe, expect, it } from 'vitest';
import { allSpecs } from './all.specs.js';
import { t } from './harness.js';

const specs = allSpecs;

describe('authorization matrix coverage', () => {
  it('covers every authenticated route exactly once', () => {
    const keys = specs.map((s) => `${s.method} ${s.url}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
    const covered = new Set(keys);
    const missing = t.app.routeTable
      .filter((r) => !r.public && !covered.has(`${r.method} ${r.url}`))
      .map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
  });

  it('answers 401 to every authenticated route without credentials', async () => {
    const anon = t.anonymous();
    const wrong: string[] = [];
    for (const r of t.app.routeTable.filter((x) => !x.public)) {
      const url = r.url.replaceAll(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      const res = await anon.request(
        r.method,
        url,
        r.method === 'GET' || r.method === 'DELETE' ? {} : { body: {} },
      );
      if (res.status !== 401) wrong.push(`${r.method} ${r.url}: ${res.status}`);
    }
    expect(wrong).toEqual([]);
  });
});
