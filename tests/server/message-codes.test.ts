/**
 * Server messages are codes the web renders in the reader's language (issue 9). This fails when a code the
 * server uses — a field issue code, a problem detail code, a problem category, a zod issue code, a
 * notification code — has no zh-CN or English text in the web dictionaries, or when the server's
 * notification catalog and the web's disagree on a message's placeholders.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { approvalDecisions } from '../../apps/server/src/db/schema/approvals.js';
import { contractStates } from '../../apps/server/src/db/schema/contracts.js';
import { roleId } from '../../apps/server/src/db/seed/factories.js';
import { errorCodes } from '../../apps/server/src/platform/errors.js';
import { messageLocales, notificationMessages } from '../../apps/server/src/platform/messages.js';
import { auditI18n } from '../../apps/web/src/features/audit/i18n.js';
import { notificationsI18n } from '../../apps/web/src/features/notifications/i18n.js';
import { requestsConsoleI18n } from '../../apps/web/src/features/requests/i18n.console.js';
import { builtinName, holidayName } from '../../apps/web/src/i18n/builtins.js';
import { serverMessagesI18n } from '../../apps/web/src/i18n/server-messages.js';
import { useTestApp } from '../support/app.js';
import { positionalCode, serverErrorCalls } from '../support/error-calls.js';

const t = await useTestApp();
// Loaded by path: these web files import each other without extensions, which the server's NodeNext type
// check refuses (vite resolves them).
const requestsDir = path.resolve(import.meta.dirname, '../../apps/web/src/features/requests');
const requestsI18n: Record<'zh-CN' | 'en', { requests: { events: unknown } }> = {
  'zh-CN': (await import(`${requestsDir}/i18n.zh-CN.ts`)).zhCN,
  en: (await import(`${requestsDir}/i18n.en.ts`)).en,
};
const serverSrc = path.resolve(import.meta.dirname, '../../apps/server/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory())
      return name === 'seed' || name === 'migrations' ? [] : sourceFiles(full);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [full] : [];
  });
}

/** Every message code written in the server's source: issue codes, detail codes, helper arguments. */
function codesInServer(): Set<string> {
  const found = new Set<string>();
  const patterns = [
    // a `code` inside an issue object (one with a path or message), not any other kind of code
    /\{[^{}]*\b(?:path|message)\b[^{}]*\bcode: '([a-z_]+)'/g,
    /\bdetailCode: '([a-z_]+)'/g,
    // customers.policy.ts passes its code through outOfScope(field, message, 'code')
    /\boutOfScope\([^;]*?'([a-z_]+)'\)/g,
  ];
  for (const file of sourceFiles(serverSrc)) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) found.add(m[1] as string);
  }
  // invalid(path, message, 'code', params), invalidState/conflict(message, details, 'code'), forbidden(message, 'code')
  for (const call of serverErrorCalls()) {
    const code = positionalCode(call);
    if (code) found.add(code);
  }
  return found;
}

/** The `entity` params the server fills into messages (`$t(errors.entity.{{entity}})` in the texts). */
function entitiesInServer(): Set<string> {
  const found = new Set<string>();
  for (const call of serverErrorCalls())
    for (const m of call.text.matchAll(/\bentity: '([a-z_]+)'/g)) found.add(m[1] as string);
  return found;
}

/** zod 4's issue codes: fastify-type-provider-zod reports them as the field issue code. */
const zodIssueCodes = [
  'invalid_type',
  'too_big',
  'too_small',
  'invalid_format',
  'not_multiple_of',
  'unrecognized_keys',
  'invalid_union',
  'invalid_key',
  'invalid_element',
  'invalid_value',
  'custom',
];

const lookup = (dict: object, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>(
      (v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined),
      dict,
    );

const dictionaries = messageLocales.map(
  (l) => [l, { ...serverMessagesI18n[l], ...notificationsI18n[l], ...auditI18n[l] }] as const,
);

function textFor(dict: object, code: string): unknown {
  for (const prefix of ['errors.field.', 'errors.detail.', 'errors.problem.']) {
    const v = lookup(dict, prefix + code);
    if (typeof v === 'string') return v;
  }
  const n = lookup(dict, `notifications.msg.${code}`) as { title?: unknown; body?: unknown } | undefined;
  return typeof n?.title === 'string' && typeof n.body === 'string' ? n.title : undefined;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('message codes have texts in both languages', () => {
  it('every code the server uses has a zh-CN and an English text in the web dictionaries', () => {
    const used = codesInServer();
    // The scan itself must see the codes we know are there, or it proves nothing.
    for (const known of [
      'duplicate',
      'approval_decided',
      'installment_sum',
      'invalid_character',
      'unknown_entity',
      'staff_only',
      'not_your_team',
    ])
      expect(used, known).toContain(known);
    const all = new Set([
      ...used,
      ...errorCodes,
      'internal',
      ...zodIssueCodes,
      ...Object.keys(notificationMessages),
    ]);
    const missing = [...all].flatMap((code) =>
      dictionaries.filter(([, dict]) => !textFor(dict, code)).map(([l]) => `${l}: ${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('every entity a message names has a zh-CN and an English name', () => {
    const entities = entitiesInServer();
    for (const known of ['user', 'service_request', 'calendar']) expect(entities, known).toContain(known);
    const missing = dictionaries.flatMap(([l, dict]) =>
      [...entities]
        .filter((e) => typeof lookup(dict, `errors.entity.${e}`) !== 'string')
        .map((e) => `${l}: ${e}`),
    );
    expect(missing).toEqual([]);
  });

  it("the web's notification texts take the same placeholders as the server's catalog", () => {
    for (const [code, m] of Object.entries(notificationMessages))
      for (const [l, dict] of dictionaries)
        for (const part of ['title', 'body'] as const) {
          const web = lookup(dict, `notifications.msg.${code}.${part}`);
          expect(typeof web, `${l} ${code}.${part}`).toBe('string');
          expect(placeholders(web as string), `${l} ${code}.${part}`).toEqual(placeholders(m[part][l]));
        }
  });

  it('uses full-width punctuation in Chinese texts and none in English ones', () => {
    const texts = (v: unknown): string[] =>
      typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(texts) : [];
    for (const [l, dict] of dictionaries) {
      const all = texts(dict);
      if (l === 'zh-CN')
        expect(all.filter((s) => /[\u4e00-\u9fff][:,;]|[:,;][\u4e00-\u9fff]/.test(s))).toEqual([]);
      else expect(all.filter((s) => /[：，。；（）]/.test(s))).toEqual([]);
    }
  });
});

/** Every audited action and entity type written in the server's source. */
function auditKeysInServer(): { actions: Set<string>; entityTypes: Set<string> } {
  const actions = new Set<string>([
    ...contractStates.map((s) => `contract.${s}`),
    ...approvalDecisions.map((d) => `approval.${d}`),
  ]);
  const entityTypes = new Set<string>();
  for (const file of sourceFiles(serverSrc)) {
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/\baction: '([a-z_]+\.[a-z_]+)'/g)) actions.add(m[1] as string);
    // requests.admin.ts audits through a helper taking the action as its fourth argument.
    for (const m of text.matchAll(/\baudit\(deps, tx, actor, '([a-z_]+\.[a-z_]+)'/g))
      actions.add(m[1] as string);
    for (const m of text.matchAll(/\bentityType: '([a-z_]+)'/g)) entityTypes.add(m[1] as string);
  }
  return { actions, entityTypes };
}

describe('audit entries read as sentences in both languages', () => {
  it('every audited action has a verb and every entity type a name, in zh-CN and English', () => {
    const { actions, entityTypes } = auditKeysInServer();
    for (const known of [
      'request.escalated',
      'customer.create',
      'contract.terminated',
      'service_desk.settings',
    ])
      expect(actions, known).toContain(known);
    expect(entityTypes).toContain('service_request');
    const missing = messageLocales.flatMap((l) => {
      const a = auditI18n[l].audit as { verbs: Record<string, string>; entityTypes: Record<string, string> };
      return [
        ...[...actions].filter((x) => !a.verbs[x]).map((x) => `${l}: action ${x}`),
        ...[...entityTypes].filter((x) => !a.entityTypes[x]).map((x) => `${l}: entity ${x}`),
      ];
    });
    expect(missing).toEqual([]);
  });
});

describe('system events on the request timeline read in both languages', () => {
  it('every event the server appends has a text in zh-CN and English', () => {
    const events = new Set<string>();
    for (const file of sourceFiles(serverSrc)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bappendEvent\(\s*tx,\s*[\w.]+,\s*'([a-z_]+)'/g))
        events.add(m[1] as string);
    }
    for (const known of ['escalated', 'sla_breach', 'received']) expect(events, known).toContain(known);
    const missing = messageLocales.flatMap((l) => {
      const texts = {
        ...(requestsI18n[l].requests.events as Record<string, unknown>),
        ...(requestsConsoleI18n[l].requests.events as Record<string, unknown>),
      };
      return [...events].filter((e) => typeof texts[e] !== 'string').map((e) => `${l}: ${e}`);
    });
    expect(missing).toEqual([]);
  });
});

describe('built-in names per language', () => {
  it('translates seeded names by key, keeps user-given names, and shows the reader half of a holiday', async () => {
    await i18next.init({ lng: 'en', resources: {} });
    expect(builtinName('standard', '标准服务')).toBe('Standard');
    expect(builtinName('china_mainland', '中国大陆工作日')).toBe('China mainland working days');
    expect(builtinName('standard', '我们的标准')).toBe('我们的标准');
    expect(builtinName(null, '自建日历')).toBe('自建日历');
    expect(holidayName('春节 Spring Festival (make-up working day)')).toBe(
      'Spring Festival (make-up working day)',
    );
    await i18next.changeLanguage('zh-CN');
    expect(builtinName('business_hours', 'Business hours')).toBe('工作时间服务');
    expect(holidayName('春节 Spring Festival (make-up working day)')).toBe('春节（调休上班）');
    expect(holidayName('国庆节 National Day')).toBe('国庆节');
    expect(holidayName('公司年会')).toBe('公司年会');
  });
});

describe('problem documents carry codes and params', () => {
  it('a taken username is the field code duplicate; a short password is too_small with its minimum', async () => {
    const admin = await t.loginAs('admin');
    const agentRole = await roleId(t.database.db, 'agent');
    const body = { username: 'wang.lei', displayName: '王磊', password: 'S3cure-pass', roleId: agentRole };
    expect((await admin.post('/api/users', body)).status).toBe(201);
    const dup = await admin.post('/api/users', body);
    expect(dup.status).toBe(409);
    expect(dup.body.errors).toEqual([
      expect.objectContaining({ path: ['body', 'username'], code: 'duplicate', message: 'Already taken' }),
    ]);
    const short = await admin.post('/api/users', { ...body, username: 'li.si', password: 'short' });
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual([
      expect.objectContaining({
        path: ['body', 'password'],
        code: 'too_small',
        params: expect.objectContaining({ origin: 'string', minimum: 8 }),
      }),
    ]);
  });
});
