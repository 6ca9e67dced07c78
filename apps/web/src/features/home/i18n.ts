/** Strings of the role home pages (deep-merged into `home`; registered in features/bundles.ts). */
const zhCN = {
  home: {
    since: {
      day: '今日自 {{time}} 起',
      quarter: '本季度自 {{date}} 起',
    },
    empty: '您的角色暂无首页指标',
    open: '查看列表',
    blocks: {
      myQueue: '我的待办',
      atRisk: '即将超时',
      breached: '已超时',
      todayReplies: '今日答复',
      backlog: '未结请求',
      unassigned: '未分派',
      teamLoad: '各组负载（未结）',
      myCustomers: '我的客户',
      renewalsDue: '待处理的续约评估',
      billableToConfirm: '待确认计费的已完成请求',
      quarterReceived: '本季度受理',
      quarterResolved: '本季度解决',
      responseInTarget: '响应达标率',
      quarterBreached: '本季度超时请求',
    },
    teamUnassigned: '未分派 {{count}}',
    shareOf: '共 {{count}} 条已计量',
  },
};

const en: typeof zhCN = {
  home: {
    since: {
      day: 'Today since {{time}}',
      quarter: 'This quarter since {{date}}',
    },
    empty: 'No figures for your role yet',
    open: 'Open the list',
    blocks: {
      myQueue: 'My queue',
      atRisk: 'At risk',
      breached: 'Breached',
      todayReplies: "Today's replies",
      backlog: 'Open requests',
      unassigned: 'Unassigned',
      teamLoad: 'Load per team (open)',
      myCustomers: 'My customers',
      renewalsDue: 'Renewal evaluations to start',
      billableToConfirm: 'Billable work done, to confirm',
      quarterReceived: 'Received this quarter',
      quarterResolved: 'Resolved this quarter',
      responseInTarget: 'Responses in target',
      quarterBreached: 'Breached this quarter',
    },
    teamUnassigned: '{{count}} unassigned',
    shareOf: 'of {{count}} measured',
  },
};

export const homeI18n = { 'zh-CN': zhCN, en };
