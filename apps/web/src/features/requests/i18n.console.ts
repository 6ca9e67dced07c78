/**
 * Strings of the console's bulk actions and keyboard help, and the routing
 * event that says why a request stayed unassigned (issue 9). A bundle of its
 * own (deep-merged into `requests`), registered in features/bundles.ts.
 */
const zhCN = {
  requests: {
    bulk: {
      selected: '已选 {{count}} 条',
      clear: '取消选择',
      assign: '分派',
      assignTo: '分派给',
      toQueue: '退回队列（不指定处理人）',
      transition: '变更状态',
      to: '目标状态',
      note: '说明（可选）',
      tag: '添加标签',
      tagName: '标签',
      merge: '合并',
      mergeInto: '合并到（保留的请求）',
      mergeHint: '其余所选请求将作为重复请求关闭并合并到该请求',
      apply: '执行',
      done: '{{succeeded}} 条成功，{{failed}} 条失败',
      allDone: '{{count}} 条全部成功',
      failedTitle: '以下请求未能处理',
      reasons: {
        precondition_failed: '已被他人修改（版本已变），请刷新后重试',
        invalid_state: '当前状态不允许此操作',
        not_found: '请求不存在或不在您的数据范围内',
        validation: '不符合条件',
        forbidden: '没有权限',
        conflict: '与其他修改冲突',
        other: '处理失败',
      },
    },
    keys: {
      hint: '快捷键：j / k 上下移动，Enter 打开，x 选中',
    },
    events: {
      not_assigned: '未自动分派（{{team}}）：{{reason}}',
      notAssignedReasons: {
        manual_mode: '队列为手动分派模式，请从队列中领取',
        no_members: '队列没有可分派的成员',
        all_absent: '队列成员均不在岗',
        no_skill: '在岗成员都不具备该产品技能',
        other: '没有可分派的成员',
      },
    },
  },
};

const en: typeof zhCN = {
  requests: {
    bulk: {
      selected: '{{count}} selected',
      clear: 'Clear selection',
      assign: 'Assign',
      assignTo: 'Assign to',
      toQueue: 'Back to the queue (no assignee)',
      transition: 'Change state',
      to: 'New state',
      note: 'Note (optional)',
      tag: 'Add tag',
      tagName: 'Tag',
      merge: 'Merge',
      mergeInto: 'Merge into (the request kept)',
      mergeHint: 'The other selected requests are closed as duplicates and merged into this one',
      apply: 'Apply',
      done: '{{succeeded}} succeeded, {{failed}} failed',
      allDone: 'All {{count}} succeeded',
      failedTitle: 'These requests were not changed',
      reasons: {
        precondition_failed: 'Changed by someone else meanwhile: refresh and try again',
        invalid_state: 'Not allowed in its current state',
        not_found: 'Not found or outside your data scope',
        validation: 'Does not qualify',
        forbidden: 'Not permitted',
        conflict: 'Conflicts with another change',
        other: 'Failed',
      },
    },
    keys: {
      hint: 'Keys: j / k move, Enter opens, x selects',
    },
    events: {
      not_assigned: 'Not assigned automatically ({{team}}): {{reason}}',
      notAssignedReasons: {
        manual_mode: 'the queue assigns by hand; take it from the queue',
        no_members: 'the queue has no members who can take work',
        all_absent: 'every member of the queue is away',
        no_skill: 'no member on duty has the skill for this product',
        other: 'nobody could take it',
      },
    },
  },
};

export const requestsConsoleI18n = { 'zh-CN': zhCN, en };
