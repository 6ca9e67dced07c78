/**
 * The bad-input battery's generators: bad values by schema type, mutations of
 * a valid body following an operation's request schema, whole-body cases
 * (nesting, size, content types), uploads, path parameters, query strings and
 * forged cursors. bad-input.test.ts fires them.
 */
import { BODY_LIMIT } from '../../apps/server/src/app.js';

// biome-ignore lint/suspicious/noExplicitAny: JSON schemas and bodies are walked generically
export type Json = any;

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

export interface Case {
  name: string;
  body?: Json;
  payload?: string | Buffer;
  contentType?: string;
  /** Replaces the path (bad path parameters). */
  url?: string;
}

/** Mutations of `base` following `schema`: each property (present or optional) set to each bad value, nested up to 2 levels. */
export function bodyCases(schema: Json, base: Json, path: string[] = [], depth = 0): Case[] {
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

export function preview(v: Json): string {
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 60)}…(${s.length})` : s;
}

const deepArray = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
/** Whole-body cases every JSON operation gets. */
export function rawCases(base: Json): Case[] {
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

export function multipart(
  fileName: string,
  content: string | Buffer,
  fields: Record<string, string> = {},
): Case {
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
export function uploadCases(): Case[] {
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

export function pathCases(url: string, realUrl: string): Case[] {
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

export function queryCases(params: Json[]): string[] {
  const out: string[] = [];
  for (const p of params.filter((x) => x.in === 'query')) {
    for (const v of badQueryValues) out.push(`${p.name}=${v}`);
    if (p.name === 'cursor') for (const c of forgedCursors) out.push(`cursor=${c}`);
    out.push(`${p.name}=a&${p.name}=b`, `${p.name}[x]=1`, `${p.name}=`);
  }
  out.push('unknown=%00', 'a=%ED%A0%80&b=%FF');
  return out;
}
