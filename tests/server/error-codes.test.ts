/**
 * Every error the server raises with a message a person may read carries a message code (issue 9), so the
 * web can show it in the reader's language. This scans apps/server/src and fails on a call without one;
 * message-codes.test.ts then checks each code has a zh-CN and an English text. `notFound(what)` is not
 * scanned: every 404 reads as the generic "not found, or not visible to you".
 */
import { describe, expect, it } from 'vitest';
import { type ErrorCall, errorCallsIn, hasCode, serverErrorCalls } from '../support/error-calls.js';

/**
 * Calls allowed without a code, each with why: texts only API clients or tooling see, and texts the
 * generic per-status text (errors.problem.<code>) already says. `match` is a piece of the call's source.
 */
const allowed: { file: string; match: string; why: string }[] = [
  {
    file: 'platform/errors.ts',
    match: "'not_found'",
    why: 'notFound(): every 404 reads as the generic text',
  },
  { file: 'app.ts', match: 'No route', why: 'an unknown API path; the generic 404 text says the same' },
  { file: 'app.ts', match: 'API token', why: 'only API-token clients send a bearer token' },
  { file: 'app.ts', match: 'X-CSRF-Token', why: 'the web always sends the header; for hand-written clients' },
  {
    file: 'app.ts',
    match: "'Authentication required'",
    why: 'the generic unauthenticated text says the same',
  },
  { file: 'platform/http.ts', match: "'Authentication required'", why: 'as above' },
  { file: 'platform/http.ts', match: 'If-Match must be', why: 'a malformed header from an API client' },
  {
    file: 'platform/idempotency.ts',
    match: 'Idempotency-Key',
    why: 'the header is for API clients; the web sends none',
  },
  {
    file: 'platform/input-guard.ts',
    match: 'boundary',
    why: 'a malformed multipart header from an API client',
  },
  {
    file: 'platform/versioning.ts',
    match: 'Send If-Match',
    why: 'the generic precondition_required text says it',
  },
  {
    file: 'platform/versioning.ts',
    match: 'changed by someone else',
    why: 'the generic precondition_failed text',
  },
  { file: 'platform/admission.ts', match: 'at capacity', why: 'the generic unavailable text says the same' },
  {
    file: 'modules/auth/auth.service.ts',
    match: 'User vanished',
    why: 'a race with deletion; generic sign-in text',
  },
];

const isAllowed = (c: ErrorCall) => allowed.some((a) => a.file === c.file && c.text.includes(a.match));

describe('server errors carry message codes', () => {
  it('every error raised in apps/server/src with a readable message has a code', () => {
    const calls = serverErrorCalls();
    // The scan must see the calls we know are there (multi-line ones included), or it proves nothing.
    expect(calls.length).toBeGreaterThan(150);
    expect(
      calls.some((c) => c.file === 'modules/routing/routing.escalate.ts' && c.callee === 'invalidState'),
    ).toBe(true);
    const uncoded = calls
      .filter((c) => !hasCode(c) && !isAllowed(c))
      .map((c) => `${c.file}:${c.line} ${c.text.replace(/\s+/g, ' ').slice(0, 120)}`);
    expect(uncoded).toEqual([]);
  });

  it('every allow-list entry still matches a call without a code', () => {
    const calls = serverErrorCalls().filter((c) => !hasCode(c));
    const stale = allowed.filter((a) => !calls.some((c) => c.file === a.file && c.text.includes(a.match)));
    expect(stale).toEqual([]);
  });

  it('tells coded calls from uncoded ones, across lines and around texts with braces', () => {
    const src = `
      throw invalid(['body', 'x'], 'No such user');
      throw invalid(
        ['body', 'y'],
        \`Unknown state \${t.to}\`,
        'unknown_state',
        { state: t.to },
      );
      throw invalidState('Closed', { state: row.state });
      throw invalidState('Closed', undefined, 'request_closed');
      throw conflict(\`View \${input.name} exists\`);
      throw forbidden();
      throw forbidden('Only staff');
      throw forbidden('Only staff', 'staff_only');
      throw new DomainError('invalid_state', 'Built-in', { detailCode: 'builtin_not_deletable' });
      throw new DomainError('conflict', 'Taken', {
        issues: [{ path: ['body', 'key'], message: 'Already exists', code: 'duplicate' }],
      });
      throw new DomainError('validation', \`Bad: \${(err as Error).message}\`, {
        issues: [{ path: ['file'], message: 'Malformed CSV', code: 'unreadable_file' }],
      });
      throw new DomainError('validation', 'Attach one file', {
        issues: [{ path: ['file'], message: 'No file in the upload' }],
      });
    `;
    const verdicts = errorCallsIn(src).map((c) => [c.callee, hasCode(c)]);
    expect(verdicts).toEqual([
      ['invalid', false],
      ['invalid', true],
      ['invalidState', false],
      ['invalidState', true],
      ['conflict', false],
      ['forbidden', true],
      ['forbidden', false],
      ['forbidden', true],
      ['new DomainError', true],
      ['new DomainError', true],
      ['new DomainError', true],
      ['new DomainError', false],
    ]);
  });
});
