/**
 * Word lists for the service-request generator (bench-requests.ts): subjects
 * are "what" + "symptom" (登录页面 + 无法打开), so search sees a realistic
 * vocabulary with skew; replies and notes are short sentences agents write.
 */

/** The part of the product a request is about. */
export const subjectWhat = [
  '登录页面',
  '报表导出',
  '数据同步',
  '审批流程',
  '接口调用',
  '移动端',
  '打印模板',
  '权限设置',
  '库存模块',
  '财务凭证',
  '工资核算',
  '采购订单',
  '销售出库',
  '系统升级',
  '数据库备份',
  '单点登录',
  '消息推送',
  '考勤数据',
  '发票接口',
  '客户档案',
  '合同归档',
  'license',
  'API token',
  'Oracle 连接',
] as const;

/** What goes wrong, or what the customer asks. */
export const subjectSymptom = [
  '无法打开',
  '报错',
  '速度很慢',
  '数据不一致',
  '超时',
  '显示乱码',
  '偶发失败',
  '如何配置',
  '需要培训',
  '升级后异常',
  '提示权限不足',
  '结果为空',
  '重复提交',
  '内存占用高',
  '咨询使用方法',
  '希望增加功能',
] as const;

/** The description's second sentence. */
export const descriptionDetail = [
  '影响全部门使用，请尽快处理。',
  '只有个别用户遇到，已附截图。',
  '昨天开始出现，之前一切正常。',
  '测试环境可以复现，生产环境偶发。',
  '升级到新版本之后出现。',
  '客户希望本周内给出方案。',
  '已尝试重启服务，问题依旧。',
  '请安排工程师远程协助。',
] as const;

export const replyBodies = [
  '<p>您好，已收到您的问题，我们正在排查，请稍候。</p>',
  '<p>请提供一下出错时的截图和日志文件，谢谢。</p>',
  '<p>已远程确认问题原因，是配置项缺失导致，已为您修改，请再试一下。</p>',
  '<p>这个问题在新版本中已修复，建议安排升级，升级步骤见附件。</p>',
  '<p>临时方案：先清理浏览器缓存后重新登录。永久修复会在下个补丁提供。</p>',
  '<p>好的，我们已经按照您说的操作，问题已经解决了，谢谢！</p>',
  '<p>还是不行，同样的报错，麻烦再看一下。</p>',
  '<p>已安排工程师明天上午上门处理。</p>',
] as const;

export const noteBodies = [
  '<p>客户环境是 Oracle 19c，怀疑是驱动版本问题。</p>',
  '<p>已和研发确认是已知缺陷，关联到缺陷单。</p>',
  '<p>客户比较着急，注意跟进。</p>',
  '<p>复现步骤已整理，转二线处理。</p>',
  '<p>合同即将到期，提醒销售跟进续签。</p>',
] as const;

export const rootCauses = ['defect', 'configuration', 'hardware', 'usage', 'environment', 'other'] as const;
