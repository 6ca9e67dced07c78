/**
 * Every response carries the browser security headers: an API answer, the
 * web app's index (and a client-side route served as index), a static asset,
 * a 404, and the Swagger UI at /api/docs, which used to be frameable. The
 * browser test (tests/e2e/security-headers.e2e.ts) shows the app and the
 * docs really run under these policies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify from 'fastify';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../apps/server/src/app.js';
import { contentSecurityPolicy, securityHeaders } from '../../apps/server/src/platform/security-headers.js';
import { useTestApp } from '../support/app.js';

const t = await useTestApp();

// A minimal built web app, so the SPA paths are served as in production.
const webDist = fs.mkdtempSync(path.join(os.tmpdir(), 'aftercare-headers-web-'));
fs.mkdirSync(path.join(webDist, 'assets'));
fs.writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
fs.writeFileSync(path.join(webDist, 'assets', 'main.js'), 'export {};');
const app = await buildApp(t.deps, { webDist });
await app.ready();
afterAll(async () => {
  await app.close();
  fs.rmSync(webDist, { recursive: true, force: true });
});

/** The policy as a map of directive → sources. */
function directives(header: unknown): Map<string, string[]> {
  expect(typeof header).toBe('string');
  return new Map(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name!, sources]),
  );
}

function expectNoFramingAndNoInlineScript(headers: Record<string, unknown>) {
  expect(headers['x-frame-options']).toBe('DENY');
  const csp = directives(headers['content-security-policy']);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(csp.get('form-action')).toEqual(["'self'"]);
  expect(csp.get('connect-src')).toEqual(["'self'"]);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('same-origin');
}

describe('security headers', () => {
  it.each([
    ['an API response', '/api/health', 200],
    ['an unauthenticated API call', '/api/customers', 401],
    ['the web app index', '/', 200],
    ['a client-side route', '/requests/queue', 200],
    ['a built asset', '/assets/main.js', 200],
    ['a missing asset', '/assets/missing.js', 404],
  ])('on %s', async (_what, url, status) => {
    const res = await app.inject({ method: 'GET', url });
    expect(res.statusCode).toBe(status);
    expectNoFramingAndNoInlineScript(res.headers);
    expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy);
  });

  it.each(['/api/docs', '/api/docs/', '/api/docs/static/index.html', '/api/docs/json'])(
    'on the API docs (%s), which must not be framed either',
    async (url) => {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode).toBeLessThan(400);
      expectNoFramingAndNoInlineScript(res.headers);
      expect(res.headers['content-security-policy']).toBe(contentSecurityPolicy);
    },
  );

  it('sends no HSTS over plain HTTP', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['strict-transport-security']).toBeUndefined();
  });

  it('sends HSTS for a request that came over HTTPS (here: through a trusted proxy)', async () => {
    // A bare instance that trusts the proxy, so the test does not depend on the app's proxy settings.
    const bare = Fastify({ trustProxy: true });
    bare.addHook('onSend', securityHeaders);
    bare.get('/', async () => 'ok');
    const https = await bare.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'https' } });
    expect(https.headers['strict-transport-security']).toBe('max-age=31536000');
    const http = await bare.inject({ method: 'GET', url: '/', headers: { 'x-forwarded-proto': 'http' } });
    expect(http.headers['strict-transport-security']).toBeUndefined();
    await bare.close();
  });
});
