/** Strings of the renewal tasks page; registered in features/bundles.ts. */
const zhCN = {
  renewals: {
    nav: '续约任务',
    title: '续约任务',
    subtitle: '维护合同到期前 90/60/30 天自动开启续约评估',
    empty: '没有续约任务',
    allStatuses: '全部状态',
    mineOnly: '只看我负责的',
    today: '统计日期：{{date}}',
    status: { open: '待处理', in_progress: '进行中', done: '已续约', dropped: '不续约' },
    daysLeft: '剩余 {{count}} 天',
    overdue: '已过期 {{count}} 天',
    openContract: '查看合同',
    createRenewal: '创建续约合同',
    newContract: '续约合同',
    edit: '更新状态',
    saved: '续约任务已更新',
    openedAt: '到期前 {{days}} 天开启',
    fields: {
      contract: '合同',
      customer: '客户',
      owner: '负责人',
      endDate: '到期日',
      daysLeft: '剩余天数',
      status: '状态',
      note: '备注',
    },
  },
};

const en: typeof zhCN = {
  renewals: {
    nav: 'Renewals',
    title: 'Renewal tasks',
    subtitle: 'Opened automatically 90/60/30 days before a maintenance contract ends',
    empty: 'No renewal tasks',
    allStatuses: 'All statuses',
    mineOnly: 'Only mine',
    today: 'As of {{date}}',
    status: { open: 'Open', in_progress: 'In progress', done: 'Renewed', dropped: 'Not renewing' },
    daysLeft: '{{count}} days left',
    overdue: 'Ended {{count}} days ago',
    openContract: 'Open contract',
    createRenewal: 'Create renewal contract',
    newContract: 'Renewal contract',
    edit: 'Update status',
    saved: 'Renewal task updated',
    openedAt: 'Opened {{days}} days before the end',
    fields: {
      contract: 'Contract',
      customer: 'Customer',
      owner: 'Owner',
      endDate: 'End date',
      daysLeft: 'Days left',
      status: 'Status',
      note: 'Note',
    },
  },
};

export const renewalsI18n = { 'zh-CN': zhCN, en };
