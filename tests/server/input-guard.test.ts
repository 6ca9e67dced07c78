/**
 * The edge guard (platform/input-guard.ts): NUL, lone surrogates and every other
 * character XML 1.0 forbids are refused with 400 and the field path, on public
 * routes (login) and authenticated ones, in bodies, query strings and path
 * parameters; hostile nesting is refused before anything recurses into it.
 */
import { describe, expect, it } from 'vitest';
import {
  findBadInput,
  hasForbiddenCharacter,
  MAX_DEPTH,
} from '../../apps/server/src/platform/input-guard.js';
import { useTestApp } from '../support/app.js';

const t = await useTestApp();
const admin = await t.loginAs('admin');

describe('forbidden characters', () => {
  it.each([
    ['NUL', 'a\u0000b'],
    ['a C0 control', 'a\u0001b'],
    ['vertical tab', 'a\u000bb'],
    ['U+FFFE', 'a\uFFFEb'],
    ['U+FFFF', 'a\uFFFF'],
    ['a lone high surrogate', 'a\uD800b'],
    ['a lone high surrogate at the end', 'a\uDBFF'],
    ['a lone low surrogate', '\uDC00b'],
    ['two high surrogates', '\uD83D\uD83D\uDE00'],
  ])('refuses %s', (_, s) => {
    expect(hasForbiddenCharacter(s)).toBe(true);
  });

  it.each([
    ['tab, LF, CR', 'a\tb\nc\r'],
    ['Chinese', '北京客户'],
    ['an emoji (a surrogate pair)', 'ok 😀'],
    ['U+FFFD', '\uFFFD'],
    ['DEL', '\u007f'],
  ])('accepts %s', (_, s) => {
    expect(hasForbiddenCharacter(s)).toBe(false);
  });

  it('reports the path of the first offending value, keys included', () => {
    expect(findBadInput({ contacts: [{ email: 'x\u0000' }] }, ['body'])?.path).toEqual([
      'body',
      'contacts',
      0,
      'email',
    ]);
    expect(findBadInput({ 'k\u0000': 1 }, ['body'])?.code).toBe('invalid_character');
    expect(findBadInput({ a: ['fine', { b: 2 }] }, ['body'])).toBeUndefined();
  });

  it('refuses nesting beyond the limit without overflowing the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(findBadInput(deep, ['body'])?.code).toBe('too_deep');
    let ok: unknown = 'x';
    for (let i = 0; i < MAX_DEPTH - 1; i++) ok = [ok];
    expect(findBadInput(ok, ['body'])).toBeUndefined();
  });
});

describe('the edge guard on the HTTP app', () => {
  it('answers a NUL in the unauthenticated login with 400 and the field path, not 500', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin\u0000', password: 'whatever' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.json().errors[0].path).toEqual(['body', 'username']);
  });

  it('answers a lone surrogate in the login password with 400', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":"someone","password":"pw\\ud800"}',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toEqual(['body', 'password']);
  });

  it('answers XML-invalid characters in an authenticated body with 400 and the nested path', async () => {
    const res = await admin.post('/api/customers', { name: 'ok', tags: ['fine', 'bad\u0008'] });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].path).toEqual(['body', 'tags', 1]);
  });

  it('answers a NUL in a query string or a path parameter with 400', async () => {
    const q = await admin.get('/api/customers?q=a%00b');
    expect(q.status).toBe(400);
    expect(q.body.errors[0].path).toEqual(['querystring', 'q']);
    const p = await admin.get('/api/customers/a%00b');
    expect(p.status).toBe(400);
  });

  it('answers deeply nested JSON with 400', async () => {
    const res = await admin.request('POST', '/api/customers', {
      payload: `{"name":${'['.repeat(10_000)}${']'.repeat(10_000)}}`,
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
  });
});
