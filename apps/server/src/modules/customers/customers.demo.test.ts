import { expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { DEMO_PASSWORD, seedDemo } from '../../db/seed/demo.js';

const t = await useTestApp();

it('seeds about 40 demo customers with contacts, visible by data scope', async () => {
  await seedDemo(t.deps);
  const login = async (username: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username, password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    return String(res.headers['set-cookie']).split(';')[0]!;
  };
  const list = async (cookie: string) => {
    const res = await t.app.inject({ method: 'GET', url: '/api/customers?limit=100', headers: { cookie } });
    return JSON.parse(res.body).items as { teamNameEn: string; contactCount: number; name: string }[];
  };
  const all = await list(await login('sales-director'));
  expect(all.length).toBeGreaterThanOrEqual(38);
  expect(all.every((c) => c.contactCount >= 1)).toBe(true);
  const north = await list(await login('sales-rep'));
  expect(north.length).toBeGreaterThan(5);
  expect(north.length).toBeLessThan(all.length);
  expect(new Set(north.map((c) => c.teamNameEn))).toEqual(new Set(['Sales North']));
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/customers?q=${encodeURIComponent('测试合同')}`,
    headers: { cookie: await login('sales-director') },
  });
  expect(JSON.parse(res.body).items.length).toBe(2);
}, 60_000);
