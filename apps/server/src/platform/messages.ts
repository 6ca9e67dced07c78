/**
 * The server's message catalog: texts the server itself renders for a person
 * (a notification's stored title and body, which the outbox hands to email,
 * DingTalk and WeCom), keyed by a stable code and rendered in the recipient's
 * locale. The web app renders the same codes from its own dictionaries
 * (features/notifications/i18n.ts, `notifications.msg.<code>`); a test
 * (tests/server/message-codes.test.ts) fails when the two drift apart.
 *
 * Templates use i18next's `{{name}}` placeholders so both sides read alike.
 * Punctuation follows the language: full-width ：，（）。 in zh-CN, ASCII in en.
 */

export const messageLocales = ['zh-CN', 'en'] as const;
export type MessageLocale = (typeof messageLocales)[number];

/** A parameter the reader sees: plain text or number, or a name given in both languages (a team, a built-in). */
export type MessageParam = string | number | null | { 'zh-CN': string; en: string };
export type MessageParams = Record<string, MessageParam>;

type Text = Record<MessageLocale, string>;

export const notificationMessages = {
  request_assigned: {
    title: {
      'zh-CN': '服务请求 {{number}} 已分配给你：{{subject}}',
      en: 'Request {{number}} was assigned to you: {{subject}}',
    },
    body: {
      'zh-CN': '{{number}}（{{severity}}）已分配给你。',
      en: '{{number}} ({{severity}}) was assigned to you.',
    },
  },
  request_escalated: {
    title: {
      'zh-CN': '服务请求 {{number}} 已升级到{{tier}}线（{{team}}）：{{subject}}',
      en: 'Request {{number}} was escalated to tier {{tier}} ({{team}}): {{subject}}',
    },
    body: { 'zh-CN': '原因：{{reason}}', en: 'Reason: {{reason}}' },
  },
  request_customer_reply: {
    title: { 'zh-CN': '客户回复了服务请求 {{number}}', en: 'The customer replied on request {{number}}' },
    body: { 'zh-CN': '{{excerpt}}', en: '{{excerpt}}' },
  },
  sla_warning_response: {
    title: {
      'zh-CN': '服务请求 {{number}} 即将超出响应时限：{{subject}}',
      en: 'Request {{number}} is close to its response deadline: {{subject}}',
    },
    body: { 'zh-CN': '响应时限：{{dueAt}}。', en: 'Response due {{dueAt}}.' },
  },
  sla_warning_resolution: {
    title: {
      'zh-CN': '服务请求 {{number}} 即将超出解决时限：{{subject}}',
      en: 'Request {{number}} is close to its resolution deadline: {{subject}}',
    },
    body: { 'zh-CN': '解决时限：{{dueAt}}。', en: 'Resolution due {{dueAt}}.' },
  },
  sla_breach_response: {
    title: {
      'zh-CN': '服务请求 {{number}} 已超出响应时限：{{subject}}',
      en: 'Request {{number}} missed its response deadline: {{subject}}',
    },
    body: {
      'zh-CN': '{{number}}（{{severity}}）响应时限为 {{dueAt}}。',
      en: '{{number}} ({{severity}}): response was due {{dueAt}}.',
    },
  },
  sla_breach_resolution: {
    title: {
      'zh-CN': '服务请求 {{number}} 已超出解决时限：{{subject}}',
      en: 'Request {{number}} missed its resolution deadline: {{subject}}',
    },
    body: {
      'zh-CN': '{{number}}（{{severity}}）解决时限为 {{dueAt}}。',
      en: '{{number}} ({{severity}}): resolution was due {{dueAt}}.',
    },
  },
  contract_renewal: {
    title: {
      'zh-CN': '合同 {{number}} 将于 {{endDate}} 到期，请开始续约评估',
      en: 'Contract {{number}} ends on {{endDate}}: start the renewal review',
    },
    body: { 'zh-CN': '{{title}}：剩余 {{daysLeft}} 天。', en: '{{title}}: {{daysLeft}} days left.' },
  },
  approval_waiting: {
    title: { 'zh-CN': '待你审批：{{title}}', en: 'Awaiting your approval: {{title}}' },
    body: {
      'zh-CN': '{{requester}} 提交，第 {{step}} 步，共 {{steps}} 步。',
      en: 'Submitted by {{requester}}, step {{step}} of {{steps}}.',
    },
  },
  approval_approved: {
    title: { 'zh-CN': '你提交的审批已通过：{{title}}', en: 'Your approval request was approved: {{title}}' },
    body: { 'zh-CN': '审批人：{{decider}}。', en: 'Decided by {{decider}}.' },
  },
  calendar_next_year_missing: {
    title: {
      'zh-CN': '日历「{{calendar}}」尚未导入 {{year}} 年的节假日',
      en: 'Calendar "{{calendar}}" has no {{year}} holidays yet',
    },
    body: {
      'zh-CN':
        '{{year}} 年的节假日和调休上班日未导入前，该日历把 {{year}} 年的节假日当作工作日计算，跨入 {{year}} 年的 SLA 时限只是暂定值。请在日历页粘贴国务院通知或导入 .ics。',
      en: 'Until the {{year}} holidays and make-up working days are loaded, this calendar counts them as working days, so SLA due times reaching into {{year}} are provisional. Paste the State Council notice or import an .ics on the calendar page.',
    },
  },
  approval_rejected: {
    title: { 'zh-CN': '你提交的审批被驳回：{{title}}', en: 'Your approval request was rejected: {{title}}' },
    body: { 'zh-CN': '审批人：{{decider}}。{{comment}}', en: 'Decided by {{decider}}. {{comment}}' },
  },
} as const satisfies Record<string, { title: Text; body: Text }>;

export type NotificationCode = keyof typeof notificationMessages;

/** Names of seeded records by their stable key (the web has the same in i18n/builtins.ts). */
const builtinNames: Record<string, { 'zh-CN': string; en: string }> = {
  standard: { 'zh-CN': '标准服务', en: 'Standard' },
  business_hours: { 'zh-CN': '工作时间服务', en: 'Business hours' },
  premium: { 'zh-CN': '尊享服务', en: 'Premium' },
  '24x7': { 'zh-CN': '7×24', en: '24×7' },
  china_mainland: { 'zh-CN': '中国大陆工作日', en: 'China mainland working days' },
};

/**
 * A record's name as a message parameter: both languages for a seeded record still under its seeded name,
 * the stored name for one a user created or renamed.
 */
export function builtinNameParam(key: string | null | undefined, stored: string): MessageParam {
  const names = key ? builtinNames[key] : undefined;
  return names && (stored === names['zh-CN'] || stored === names.en) ? names : stored;
}
export const notificationCodes = Object.keys(notificationMessages) as [
  NotificationCode,
  ...NotificationCode[],
];

export const isMessageLocale = (v: unknown): v is MessageLocale =>
  messageLocales.includes(v as MessageLocale);

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const shanghai = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** One parameter as the reader sees it: instants as Beijing time (the desk's zone), bilingual names picked. */
function paramText(value: MessageParam | undefined, locale: MessageLocale): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return value[locale];
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    const d = new Date(value);
    if (!Number.isNaN(d.getTime())) return shanghai.format(d);
  }
  return String(value);
}

/** Fills `{{name}}` placeholders; unknown names render empty rather than as raw braces. */
export function renderTemplate(template: string, params: MessageParams, locale: MessageLocale): string {
  return template
    .replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => paramText(params[name], locale))
    .trim();
}

/** A notification's title and body in one locale. */
export function renderNotification(
  code: NotificationCode,
  params: MessageParams,
  locale: MessageLocale,
): { title: string; body: string } {
  const m = notificationMessages[code];
  return {
    title: renderTemplate(m.title[locale], params, locale),
    body: renderTemplate(m.body[locale], params, locale),
  };
}
