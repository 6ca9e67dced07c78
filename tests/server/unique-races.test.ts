/**
 * Two concurrent creates with the same unique key: both pre-checks can see no
 * row, so the loser meets PostgreSQL's unique_violation (23505). The one
 * mapping (platform/http-errors.ts) answers 409 for every module; never 500.
 */
import type { FastifyRequest } from 'fastify';
import { describe, expect, it } from 'vitest';
import { toProblem } from '../../apps/server/src/platform/http-errors.js';
import { useTestApp } from '../support/app.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');
let n = 0;
const uniq = (p: string) => `${p}${++n}${Date.now().toString(36)}`;

const customerId = (await admin.post('/api/customers', { name: uniq('竞争客户'), allowDuplicate: true })).body
  .id as string;
const slaPolicyId = (await admin.get('/api/sla-policies')).body[0].id as string;
const roleId = (await admin.get('/api/roles')).body[0].id as string;

const creates: Record<string, { url: string; body: () => Record<string, unknown> }> = {
  'user name': {
    url: '/api/users',
    body: () => ({ username: uniq('race'), displayName: 'x', password: 'longenough1', roleId }),
  },
  'request state key': {
    url: '/api/request-states',
    body: () => ({ key: uniq('race_'), category: 'pending', nameZh: '竞争', nameEn: 'Race' }),
  },
  'team key': {
    url: '/api/teams',
    body: () => ({ key: uniq('race_'), nameZh: '竞争', nameEn: 'Race', kind: 'other' }),
  },
  'contract number': {
    url: '/api/contracts',
    body: () => ({
      number: uniq('HT-RACE-'),
      customerId,
      type: 'maintenance',
      title: '竞争合同',
      amount: '1000.00',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      terms: {
        scope: [{ type: 'bug_fix' }],
        slaPolicyId,
        upgrades: 'included',
        payment: { mode: 'one_time', installments: [] },
      },
    }),
  },
};

describe('unique-key races answer 409 to the loser', () => {
  it.each(Object.keys(creates))('%s', async (name) => {
    const { url, body } = creates[name] as (typeof creates)[string];
    // Several rounds: whether both pre-checks pass is up to scheduling; none may give a 500.
    for (let round = 0; round < 6; round++) {
      const b = body();
      const results = await Promise.all([admin.post(url, b), admin.post(url, b)]);
      const statuses = results.map((r) => r.status).sort();
      expect(statuses, results.map((r) => r.text).join('\n')).toEqual([201, 409]);
      const loser = results.find((r) => r.status === 409);
      expect(loser?.headers['content-type']).toMatch(/problem\+json/);
    }
  });
});

describe('the unique-violation mapping', () => {
  const req = { url: '/api/x', id: 'r1' } as unknown as FastifyRequest;

  it('maps 23505 (pg, or wrapped by drizzle) to 409 duplicate with the column as field path', () => {
    const pg = {
      code: '23505',
      constraint: 'users_username_lower_uq',
      detail: 'Key (lower(username::text))=(bob) already exists.',
    };
    for (const err of [pg, Object.assign(new Error('Failed query'), { cause: pg })]) {
      const p = toProblem(err, req);
      expect(p.status).toBe(409);
      expect(p.code).toBe('duplicate');
      expect(p.errors?.[0]?.path).toEqual(['body', 'username']);
      // The stored value is not echoed back.
      expect(JSON.stringify(p)).not.toContain('bob');
    }
    const composite = toProblem(
      { code: '23505', detail: 'Key (product_id, name)=(x, 1.0) already exists.' },
      req,
    );
    expect(composite.errors?.[0]?.path).toEqual(['body', 'name']);
  });

  it('maps data exceptions bad input can reach to 400, never 500', () => {
    for (const code of ['22P02', '22003', '22008', '22021', '54000']) {
      expect(toProblem({ code, message: 'x' }, req).status).toBe(400);
    }
    expect(toProblem(new Error('boom'), req).status).toBe(500);
  });
});
