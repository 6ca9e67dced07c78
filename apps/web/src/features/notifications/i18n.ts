/**
 * Strings of the notification bell; registered in features/bundles.ts. `msg.<code>` renders a notification
 * from the code and params the server stored (platform/messages.ts holds the same texts for the outbox;
 * tests/server/message-codes.test.ts keeps both in step).
 */
const zhCN = {
  notifications: {
    bell: '通知',
    unread: '{{count}} 条未读',
    empty: '暂无通知',
    readAll: '全部已读',
    markRead: '标为已读',
    newOne: '新通知：{{title}}',
    msg: {
      request_assigned: {
        title: '服务请求 {{number}} 已分配给你：{{subject}}',
        body: '{{number}}（{{severity}}）已分配给你。',
      },
      request_escalated: {
        title: '服务请求 {{number}} 已升级到{{tier}}线（{{team}}）：{{subject}}',
        body: '原因：{{reason}}',
      },
      request_customer_reply: {
        title: '客户回复了服务请求 {{number}}',
        body: '{{excerpt}}',
      },
      sla_warning_response: {
        title: '服务请求 {{number}} 即将超出响应时限：{{subject}}',
        body: '响应时限：{{dueAt}}。',
      },
      sla_warning_resolution: {
        title: '服务请求 {{number}} 即将超出解决时限：{{subject}}',
        body: '解决时限：{{dueAt}}。',
      },
      sla_breach_response: {
        title: '服务请求 {{number}} 已超出响应时限：{{subject}}',
        body: '{{number}}（{{severity}}）响应时限为 {{dueAt}}。',
      },
      sla_breach_resolution: {
        title: '服务请求 {{number}} 已超出解决时限：{{subject}}',
        body: '{{number}}（{{severity}}）解决时限为 {{dueAt}}。',
      },
      contract_renewal: {
        title: '合同 {{number}} 将于 {{endDate}} 到期，请开始续约评估',
        body: '{{title}}：剩余 {{daysLeft}} 天。',
      },
      approval_waiting: {
        title: '待你审批：{{title}}',
        body: '{{requester}} 提交，第 {{step}} 步，共 {{steps}} 步。',
      },
      approval_approved: {
        title: '你提交的审批已通过：{{title}}',
        body: '审批人：{{decider}}。',
      },
      calendar_next_year_missing: {
        title: '日历「{{calendar}}」尚未导入 {{year}} 年的节假日',
        body: '{{year}} 年的节假日和调休上班日未导入前，该日历把 {{year}} 年的节假日当作工作日计算，跨入 {{year}} 年的 SLA 时限只是暂定值。请在日历页粘贴国务院通知或导入 .ics。',
      },
      approval_rejected: {
        title: '你提交的审批被驳回：{{title}}',
        body: '审批人：{{decider}}。{{comment}}',
      },
    },
  },
};

const en: typeof zhCN = {
  notifications: {
    bell: 'Notifications',
    unread: '{{count}} unread',
    empty: 'No notifications',
    readAll: 'Mark all read',
    markRead: 'Mark read',
    newOne: 'New: {{title}}',
    msg: {
      request_assigned: {
        title: 'Request {{number}} was assigned to you: {{subject}}',
        body: '{{number}} ({{severity}}) was assigned to you.',
      },
      request_escalated: {
        title: 'Request {{number}} was escalated to tier {{tier}} ({{team}}): {{subject}}',
        body: 'Reason: {{reason}}',
      },
      request_customer_reply: {
        title: 'The customer replied on request {{number}}',
        body: '{{excerpt}}',
      },
      sla_warning_response: {
        title: 'Request {{number}} is close to its response deadline: {{subject}}',
        body: 'Response due {{dueAt}}.',
      },
      sla_warning_resolution: {
        title: 'Request {{number}} is close to its resolution deadline: {{subject}}',
        body: 'Resolution due {{dueAt}}.',
      },
      sla_breach_response: {
        title: 'Request {{number}} missed its response deadline: {{subject}}',
        body: '{{number}} ({{severity}}): response was due {{dueAt}}.',
      },
      sla_breach_resolution: {
        title: 'Request {{number}} missed its resolution deadline: {{subject}}',
        body: '{{number}} ({{severity}}): resolution was due {{dueAt}}.',
      },
      contract_renewal: {
        title: 'Contract {{number}} ends on {{endDate}}: start the renewal review',
        body: '{{title}}: {{daysLeft}} days left.',
      },
      approval_waiting: {
        title: 'Awaiting your approval: {{title}}',
        body: 'Submitted by {{requester}}, step {{step}} of {{steps}}.',
      },
      approval_approved: {
        title: 'Your approval request was approved: {{title}}',
        body: 'Decided by {{decider}}.',
      },
      calendar_next_year_missing: {
        title: 'Calendar "{{calendar}}" has no {{year}} holidays yet',
        body: 'Until the {{year}} holidays and make-up working days are loaded, this calendar counts them as working days, so SLA due times reaching into {{year}} are provisional. Paste the State Council notice or import an .ics on the calendar page.',
      },
      approval_rejected: {
        title: 'Your approval request was rejected: {{title}}',
        body: 'Decided by {{decider}}. {{comment}}',
      },
    },
  },
};

export const notificationsI18n = { 'zh-CN': zhCN, en };
