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
import { BODY_LIMIT } from '../../apps/server/src/app.js';
import { newServiceRequest } from '../../apps/server/src/db/seed/factories-requests.js';
import type { Permission } from '../../apps/server/src/platform/permissions.js';
import { allows } from '../../apps/server/src/platform/route-permission.js';
import type { Client, Response } from '../support/app.js';
import { catalogSpecs } from './access-matrix/catalog.specs.js';
import { contractsSpecs } from './access-matrix/contracts.specs.js';
import { coreSpecs } from './access-matrix/core.specs.js';
import { customersSpecs } from './access-matrix/customers.specs.js';
import {
  type Caller,
  type Ctx,
  callers,
  createActiveContract,
  createContact,
  createContract,
  createDeployment,
  createUpgrade,
  db,
  type Spec,
  t,
} from './access-matrix/harness.js';
import { serviceDeskSpecs } from './access-matrix/service-desk.specs.js';
import { slaSpecs } from './access-matrix/sla.specs.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON schemas and bodies are walked generically
type Json = any;

const specs = [
  ...coreSpecs,
  ...customersSpecs,
  ...catalogSpecs,
  ...contractsSpecs,
  ...slaSpecs,
  ...serviceDeskSpecs,
];
const specOf = (method: string, url: string) => specs.find((s) => s.method === method && s.url === url);

/** The details of problems the database safety net answers (http-errors.ts): input the edge should refuse. */
const SAFETY_NET = /A value is outside what can be stored|The record is still in use/;

/** Routes that end the caller's own session: fired with a throwaway login instead of skipped. */
const SESSION_ENDING = new Set(['POST /api/auth/logout']);

const badStrings = [
  'a\u0000b',
  'a\uD800b',
  '\uDC00',
  'x\uFFFF\u0007',
  'x'.repeat(70_000),
  '',
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  '0000-01-01T00:00:00Z',
  '9999-12-31T23:59:59Z',
  '1e308',
  '99999999999999999999999.99',
  '00000000-0000-0000-0000-000000000000',
];
const badNumbers = [1e308, -1e308, -1, 2 ** 53 + 1, 1.5, 1e-320, 2147483648];
const wrongTypes: Json[] = [null, true, 'str', 12, [], { a: { b: [1] } }];

function typesOf(schema: Json): Set<string> {
  const out = new Set<string>();
  const visit = (s: Json) => {
    if (!s || typeof s !== 'object') return;
    for (const t of [s.type].flat()) if (typeof t === 'string') out.add(t);
    for (const k of ['anyOf', 'oneOf', 'allOf']) for (const sub of s[k] ?? []) visit(sub);
  };
  visit(schema);
  return out;
}
function objectSchemaOf(schema: Json): Json | undefined {
  if (schema?.properties) return schema;
  for (const k of ['anyOf', 'oneOf', 'allOf'])
    for (const sub of schema?.[k] ?? []) {
      const o = objectSchemaOf(sub);
      if (o) return o;
    }
  return undefined;
}
function itemsSchemaOf(schema: Json): Json | undefined {
  if (schema?.items) return schema.items;
  for (const k of ['anyOf', 'oneOf'])
    for (const sub of schema?.[k] ?? []) {
      const i = itemsSchemaOf(sub);
      if (i) return i;
    }
  return undefined;
}

/** Bad values for one property, chosen by its schema type. */
function badValuesFor(schema: Json): Json[] {
  const types = typesOf(schema);
  const out: Json[] = [...wrongTypes];
  if (types.has('string') || types.size === 0) out.push(...badStrings);
  if (types.has('number') || types.has('integer') || types.size === 0) out.push(...badNumbers);
  const items = itemsSchemaOf(schema);
  if (items) {
    out.push(Array.from({ length: 10_000 }, () => 1));
    const itemTypes = typesOf(items);
    for (const v of [
      null,
      12,
      {},
      ...(itemTypes.has('string') ? badStrings.slice(0, 6) : badNumbers.slice(0, 4)),
    ])
      out.push([v]);
  }
  return out;
}

interface Case {
  name: string;
  body?: Json;
  payload?: string | Buffer;
  contentType?: string;
  /** Replaces the path (bad path parameters). */
  url?: string;
}

/** Mutations of `base` following `schema`: each property (present or optional) set to each bad value, nested up to 2 levels. */
function bodyCases(schema: Json, base: Json, path: string[] = [], depth = 0): Case[] {
  const obj = objectSchemaOf(schema);
  if (!obj || depth > 2) return [];
  const baseObj = base && typeof base === 'object' && !Array.isArray(base) ? base : {};
  const cases: Case[] = [];
  for (const [key, propSchema] of Object.entries<Json>(obj.properties)) {
    const at = [...path, key];
    for (const bad of badValuesFor(propSchema)) {
      cases.push({ name: `${at.join('.')} = ${preview(bad)}`, body: { ...baseObj, [key]: bad } });
    }
    // Nested objects and the first element of arrays of objects, inside the otherwise valid body.
    const nestedObj = objectSchemaOf(propSchema);
    if (nestedObj) {
      for (const c of bodyCases(nestedObj, baseObj[key], at, depth + 1)) {
        cases.push({ ...c, body: { ...baseObj, [key]: c.body } });
      }
    }
    const items = objectSchemaOf(itemsSchemaOf(propSchema));
    if (items) {
      const first = Array.isArray(baseObj[key]) ? baseObj[key][0] : undefined;
      for (const c of bodyCases(items, first, [...at, '0'], depth + 1)) {
        cases.push({ ...c, body: { ...baseObj, [key]: [c.body] } });
      }
    }
  }
  return cases;
}

function preview(v: Json): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s;
}

const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
/** Whole-body cases every JSON operation gets. */
function rawCases(base: Json): Case[] {
  const firstKey = base && typeof base === 'object' ? Object.keys(base)[0] : undefined;
  return [
    { name: 'deep nesting (10k arrays)', payload: deepArray, contentType: 'application/json' },
    ...(firstKey
      ? [
          {
            name: `${firstKey} nested 10k deep`,
            payload: JSON.stringify({ ...base, [firstKey]: '__DEEP__' }).replace('"__DEEP__"', deepArray),
            contentType: 'application/json',
          },
        ]
      : []),
    {
      name: 'body over the limit',
      payload: JSON.stringify({ ...base, pad: 'x'.repeat(BODY_LIMIT + 10) }),
      contentType: 'application/json',
    },
    { name: 'invalid JSON', payload: '{"a":', contentType: 'application/json' },
    { name: 'JSON null', payload: 'null', contentType: 'application/json' },
    { name: 'JSON array', payload: '[]', contentType: 'application/json' },
    { name: 'JSON string', payload: '"x"', contentType: 'application/json' },
    { name: 'huge number', payload: '1e999', contentType: 'application/json' },
    { name: 'empty JSON body', payload: '', contentType: 'application/json' },
    { name: 'lone surrogate escape in a key', payload: '{"\\ud800":1}', contentType: 'application/json' },
    {
      name: '__proto__ key',
      payload: '{"__proto__":{"x":1},"constructor":{"prototype":{}}}',
      contentType: 'application/json',
    },
    { name: 'text/plain', payload: JSON.stringify(base ?? {}), contentType: 'text/plain' },
    { name: 'application/xml', payload: '<a>1</a>', contentType: 'application/xml' },
    {
      name: 'json with charset latin1',
      payload: JSON.stringify(base ?? {}),
      contentType: 'application/json; charset=latin1',
    },
    { name: 'no content type', payload: JSON.stringify(base ?? {}) },
    { ...multipart('a.csv', 'x'), name: 'multipart where JSON is expected' },
  ];
}

function multipart(fileName: string, content: string | Buffer, fields: Record<string, string> = {}): Case {
  const boundary = 'batteryboundary';
  const parts = Object.entries(fields).map(
    ([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`,
  );
  const payload = Buffer.concat([
    Buffer.from(parts.join('')),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    name: `multipart ${preview(fileName)}`,
    payload,
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

/** Cases for a multipart upload operation. */
function uploadCases(): Case[] {
  return [
    multipart('a\u0000b.pdf', '%PDF-1.4 x'),
    multipart('a\uFFFF.pdf', '%PDF-1.4 x'),
    multipart('bell\u0007.csv', 'name\nx\n'),
    multipart(`${'长'.repeat(300)}😀.pdf`, '%PDF-1.4 x'),
    multipart(`${'a'.repeat(199)}😀😀.pdf`, '%PDF-1.4 x'),
    multipart('../../etc/passwd', 'x'),
    multipart('a.csv', Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x00, 0x00])),
    multipart('a.csv', '名称\n\u0000\ud800x\n'),
    multipart('a.pdf', '%PDF-1.4 x', { visibility: 'public\u0000' }),
    multipart('a.pdf', '%PDF-1.4 x', { visibility: 'x'.repeat(5000) }),
    {
      name: 'multipart without a file',
      payload: '--b--\r\n',
      contentType: 'multipart/form-data; boundary=b',
    },
    { name: 'multipart without a boundary', payload: 'x', contentType: 'multipart/form-data' },
    {
      name: 'multipart cut off mid-file',
      payload: '--b\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4',
      contentType: 'multipart/form-data; boundary=b',
    },
    {
      name: 'multipart with a malformed part header',
      payload: '--b\r\nContent-Disposition form-data\r\n\r\nx\r\n--b--\r\n',
      contentType: 'multipart/form-data; boundary=b',
    },
    { name: 'JSON where multipart is expected', body: { file: 'x' } },
  ];
}

const badParams = ['not-a-uuid', '%00', '%ED%A0%80', '%FF', 'a%2Fb', 'x'.repeat(3000), '9999-12-31', '-1'];
const badQueryValues = [
  '%00',
  '%ED%A0%80',
  '%FF',
  '9999-12-31T00:00:00Z',
  '0000-01-01',
  '2026-02-30',
  '-1',
  '1e308',
  '99999999999999999999',
  'NaN',
  'x'.repeat(5000),
];

function pathCases(url: string, realUrl: string): Case[] {
  const names = [...url.matchAll(/:([A-Za-z]+)/g)].map((m) => m[1] as string);
  if (!names.length) return [];
  const cases: Case[] = [];
  const realSegments = realUrl.split('/');
  const segments = url.split('/');
  for (const name of names) {
    const i = segments.indexOf(`:${name}`);
    for (const bad of badParams) {
      const copy = [...realSegments];
      copy[i] = bad;
      cases.push({ name: `path ${name} = ${preview(bad)}`, url: copy.join('/'), body: {} });
    }
  }
  return cases;
}

/** Cursors as a client could forge them: the keyset values go into SQL, so their shape matters. */
const forgedCursors = [
  { v: 'x', id: 'not-a-uuid' },
  { v: '9999-99-99T99:99:99Z', id: '00000000-0000-4000-8000-000000000000' },
  { v: 1e308, id: '00000000-0000-4000-8000-000000000000' },
  { v: { a: [1] }, id: '00000000-0000-4000-8000-000000000000' },
  { v: [1, 2], id: '00000000-0000-4000-8000-000000000000' },
  { v: 'a\u0000b', id: '00000000-0000-4000-8000-000000000000' },
  { v: 'x', id: 'a\uD800' },
  { v: true, id: '00000000-0000-4000-8000-000000000000' },
].map((c) => Buffer.from(JSON.stringify(c)).toString('base64url'));

function queryCases(params: Json[]): string[] {
  const out: string[] = [];
  for (const p of params.filter((x) => x.in === 'query')) {
    for (const v of badQueryValues) out.push(`${p.name}=${v}`);
    if (p.name === 'cursor') for (const c of forgedCursors) out.push(`cursor=${c}`);
    out.push(`${p.name}=a&${p.name}=b`, `${p.name}[x]=1`, `${p.name}=`);
  }
  out.push('unknown=%00', 'a=%ED%A0%80&b=%FF');
  return out;
}

async function contextFor(spec: Spec | undefined, caller: Caller): Promise<Ctx> {
  let ctx: Ctx = { caller, id: '00000000-0000-4000-8000-000000000000', version: 1 };
  if (!spec || spec.target === 'none') return ctx;
  const customer = await caller.ownCustomer();
  ctx = { caller, ...customer };
  if (spec.target === 'contact') ctx = { caller, ...(await createContact(customer.id)) };
  if (spec.target === 'deployment') ctx = { caller, ...(await createDeployment(customer.id)) };
  if (spec.target === 'upgrade') ctx = { caller, ...(await createUpgrade(customer.id)) };
  if (spec.target === 'contract') ctx = { caller, ...(await createContract(customer.id)) };
  if (spec.target === 'active_contract') ctx = { caller, ...(await createActiveContract(customer.id)) };
  if (spec.target === 'request') {
    const r = await newServiceRequest(db, { customerId: customer.id, ...spec.request });
    ctx = { caller, id: r.id, version: r.version };
  }
  return ctx;
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
    if (['post', 'put', 'patch'].includes(method)) operations.push({ method: method.toUpperCase(), url, op });
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
  const cases: Case[] = [
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
  for (const q of queryCases(o.op.parameters ?? [])) {
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

  it('answers no POST/PUT/PATCH with a 5xx, as the admin or a customer contact', {
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
