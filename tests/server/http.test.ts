import { describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../apps/server/src/app.js';
import { useTestApp } from '../support/app.js';

const t = await useTestApp();

describe('HTTP edge', () => {
  it('refuses an oversized body with 413 problem+json', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ username: 'a', password: 'x'.repeat(BODY_LIMIT + 10) }),
    });
    expect(res.statusCode).toBe(413);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('refuses an unsupported content type with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'text/xml' },
      payload: '<a/>',
    });
    expect(res.statusCode).toBe(415);
  });

  it('answers unknown API routes with 404 problem+json once authenticated, 401 before', async () => {
    expect((await t.anonymous().get('/api/nothing-here')).status).toBe(401);
    const c = await t.loginAs('agent');
    const res = await c.get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('not_found');
  });

  it('echoes a request id and sets security headers', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('DENY');
  });

  it('serves health, the OpenAPI document and the docs without login', async () => {
    const health = await t.anonymous().get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: 'ok', database: 'up' });
    expect((await t.anonymous().get('/api/openapi.json')).status).toBe(200);
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toMatch(/swagger/i);
  });

  it('reports 503 from health when the database does not answer', async () => {
    const { buildApp } = await import('../../apps/server/src/app.js');
    const { createDb } = await import('../../apps/server/src/platform/db.js');
    const dead = createDb('postgres://x:y@127.0.0.1:1/none', { max: 1 });
    const app = await buildApp({ ...t.deps, db: dead }, { webDist: null });
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(503);
    expect(JSON.parse(res.body).status).toBe('unavailable');
    await app.close();
    await dead.$client.end();
  });
});
