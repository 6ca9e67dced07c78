/**
 * The bad-input battery: for every POST/PUT/PATCH operation of the live
 * OpenAPI document (new routes are covered without touching this file), bad
 * bodies are generated from the operation's request schema and fired as the
 * admin and as a customer contact: wrong types per property, NUL, lone
 * surrogates and other XML-invalid characters in every string, extreme
 * numbers and dates, deep nesting, a body over the limit, wrong content
 * types, bad path parameters and query strings. GET operations get bad query
 * strings too. Any 5xx fails the test, naming the operation and the input.
 *
 * Each mutation sits inside an otherwise valid body (the authorization
 * matrix's spec for the route) on a real record in the caller's scope, so
 * values that pass validation reach the use case and the database.
 */
import { describe, expect, it } from 'vitest';
import type { Permission } from '../../apps/server/src/platform/permissions.js';
import { allows } from '../../apps/server/src/platform/route-permission.js';
import type { Client, Response } from '../support/app.js';
import { allSpecs } from './access-matrix/all.specs.js';
import { type Caller, type Ctx, callers, type Spec, t, targetOf } from './access-matrix/harness.js';
import {
  bodyCases,
  type Case,
  type Json,
  multipart,
  pathCases,
  preview,
  queryCases,
  rawCases,
  uploadCases,
} from './bad-input.cases.js';

const specs = allSpecs;
const specOf = (method: string, url: string) => specs.find((s) => s.method === method && s.url === url);

/** The details of problems the database safety net answers (http-errors.ts): input the edge should refuse. */
const SAFETY_NET = /A value is outside what can be stored|The record is still in use/;

/** Routes that end the caller's own session: fired with a throwaway login instead of skipped. */
const SESSION_ENDING = new Set(['POST /api/auth/logout']);

async function contextFor(spec: Spec | undefined, caller: Caller): Promise<Ctx> {
  if (!spec || spec.target === 'none')
    return { caller, id: '00000000-0000-4000-8000-000000000000', version: 1 };
  return targetOf(spec, caller, await caller.ownCustomer());
}

interface Operation {
  method: string;
  url: string;
  op: Json;
}

const doc = t.app.swagger() as { paths: Record<string, Record<string, Json>> };
const operations: Operation[] = [];
const getOperations: Operation[] = [];
for (const [path, ops] of Object.entries(doc.paths)) {
  const url = path.replaceAll(/\{([A-Za-z]+)\}/g, ':$1');
  for (const [method, op] of Object.entries(ops)) {
    // DELETE only gets bad path parameters: its real record is never touched.
    if (['post', 'put', 'patch', 'delete'].includes(method))
      operations.push({ method: method.toUpperCase(), url, op });
    if (method === 'get' && (op.parameters ?? []).some((p: Json) => p.in === 'query'))
      getOperations.push({ method: 'GET', url, op });
  }
}

const admin = callers.find((c) => c.role === 'admin') as Caller;
const contact = callers.find((c) => c.role === 'customer_contact') as Caller;

async function send(client: Client, method: string, url: string, c: Case, headers: Record<string, string>) {
  if (c.payload !== undefined || c.contentType !== undefined) {
    return client.request(method, url, {
      payload: c.payload ?? '',
      headers: { ...headers, ...(c.contentType ? { 'content-type': c.contentType } : {}) },
    });
  }
  return client.request(method, url, { ...(c.body !== undefined ? { body: c.body } : {}), headers });
}

/** Fires every case of one operation as one caller; returns the 5xx answers. */
async function fire(o: Operation, caller: Caller): Promise<string[]> {
  const spec = specOf(o.method, `/api${o.url.replace(/^\/api/, '')}`);
  let client = caller.client;
  if (SESSION_ENDING.has(`${o.method} ${o.url}`)) {
    client = await t.loginAs(
      caller.role,
      caller.role === 'customer_contact' ? { customerId: (await caller.ownCustomer()).id } : {},
    );
  }
  const ctx = await contextFor(spec, caller);
  const realUrl = spec?.path
    ? await spec.path(ctx)
    : o.url.replace(':id', ctx.id).replaceAll(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
  const base = spec?.body ? await spec.body(ctx) : {};
  const headers = () => spec?.headers?.(ctx) ?? {};
  const content = o.op.requestBody?.content ?? {};
  const schema = content['application/json']?.schema;
  const isUpload = Boolean(content['multipart/form-data']) || spec?.multipart === true;
  // A caller the route's declared permission refuses gets 403 before validation, whatever the body: a
  // sample of the body cases is enough there; parsing-level cases (raw bodies, path, query) all run.
  const rule = t.app.routeTable.find((r) => r.method === o.method && r.url === o.url)?.permission;
  const refused = rule !== undefined && !allows(caller.perms as Set<Permission>, rule);
  const bodies = bodyCases(schema ?? {}, base).filter((_, i) => !refused || i % 10 === 0);
  const cases: Case[] =
    o.method === 'DELETE'
      ? pathCases(o.url, realUrl).map(({ body: _, ...c }) => c)
      : [
          ...(isUpload ? uploadCases() : [...bodies, ...rawCases(base)]),
          ...pathCases(o.url, realUrl),
          ...queryCases(o.op.parameters ?? []).map((q) => ({
            ...(isUpload ? multipart('a.pdf', '%PDF-1.4 x') : { body: base }),
            name: `query ${preview(q)}`,
            url: `${realUrl}?${q}`,
          })),
        ];
  const failures: string[] = [];
  for (const c of cases) {
    let res: Response;
    try {
      res = await send(client, o.method, c.url ?? realUrl, c, headers());
    } catch (err) {
      failures.push(`${caller.role} ${o.method} ${o.url} [${c.name}]: threw ${String(err)}`);
      continue;
    }
    // A 5xx, or a 4xx only the database safety net in http-errors.ts produced: the edge let it through.
    if (res.status >= 500 || SAFETY_NET.test(res.text)) {
      failures.push(
        `${caller.role} ${o.method} ${o.url} [${c.name}]: ${res.status} ${res.text.slice(0, 200)}`,
      );
    }
    // A write that went through bumps the record: follow its version, so later cases pass If-Match.
    if (res.status < 300 && typeof res.body?.version === 'number') ctx.version = res.body.version;
  }
  return failures;
}

async function fireQueries(o: Operation, caller: Caller): Promise<string[]> {
  const url = o.url.replaceAll(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
  const failures: string[] = [];
  // The contact gets every third case: most lists scope them the same way, and the run stays short.
  const cases = queryCases(o.op.parameters ?? []).filter((_, i) => caller.role === 'admin' || i % 3 === 0);
  for (const q of cases) {
    const res = await caller.client.request('GET', `${url}?${q}`);
    if (res.status >= 500 || SAFETY_NET.test(res.text))
      failures.push(`${caller.role} GET ${o.url}?${preview(q)}: ${res.status} ${res.text.slice(0, 200)}`);
  }
  return failures;
}

/** Runs `tasks` with at most `limit` at once. */
async function pool<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < tasks.length) {
        const i = next++;
        results[i] = await (tasks[i] as () => Promise<T>)();
      }
    }),
  );
  return results;
}

describe('bad-input battery', () => {
  it('finds the operations to fire at in the OpenAPI document', () => {
    expect(operations.length).toBeGreaterThan(50);
    expect(getOperations.length).toBeGreaterThan(10);
  });

  it('answers no POST/PUT/PATCH (nor DELETE with bad path parameters) with a 5xx, as the admin or a customer contact', {
    timeout: 600_000,
  }, async () => {
    const tasks = operations.flatMap((o) => [admin, contact].map((caller) => () => fire(o, caller)));
    const failures = (await pool(tasks, 4)).flat();
    expect(failures).toEqual([]);
  });

  it('answers no GET with a 5xx for bad query strings', { timeout: 300_000 }, async () => {
    const tasks = getOperations.flatMap((o) =>
      [admin, contact].map((caller) => () => fireQueries(o, caller)),
    );
    const failures = (await pool(tasks, 4)).flat();
    expect(failures).toEqual([]);
  });
});
