/**
 * Word lists for the large-data generator (bench-data.ts): Chinese cities with
 * administrative division codes, company-name parts, person names with pinyin
 * (for e-mail addresses), titles, tags and note phrases. Weights are rough
 * real-world frequencies so filters and searches see realistic selectivity.
 */

/** `[chars, pinyin]` pairs from "王wang 李li ..." strings. */
const pairs = (s: string): [string, string][] =>
  s
    .trim()
    .split(/\s+/)
    .map((w) => {
      const m = /^(\p{Script=Han}+)([a-z]+)$/u.exec(w);
      if (!m) throw new Error(`bad word list entry ${w}`);
      return [m[1]!, m[2]!];
    });

/** Surnames, most common first (the generator picks them with a falling weight). */
export const surnames = pairs(`
  王wang 李li 张zhang 刘liu 陈chen 杨yang 黄huang 赵zhao 吴wu 周zhou 徐xu 孙sun 马ma 朱zhu 胡hu 郭guo 何he
  高gao 林lin 罗luo 郑zheng 梁liang 谢xie 宋song 唐tang 许xu 韩han 冯feng 邓deng 曹cao 彭peng 曾zeng 肖xiao
  田tian 董dong 袁yuan 潘pan 于yu 蒋jiang 蔡cai 余yu 杜du 叶ye 程cheng 苏su 魏wei 吕lv 丁ding 任ren 沈shen
  姚yao 卢lu 姜jiang 崔cui 钟zhong 谭tan 陆lu 汪wang 范fan 金jin 石shi 廖liao 贾jia 夏xia 韦wei 方fang 欧阳ouyang
`);

/** Characters of given names. */
export const givenChars = pairs(`
  伟wei 芳fang 娜na 敏min 静jing 丽li 强qiang 磊lei 军jun 洋yang 勇yong 艳yan 杰jie 娟juan 涛tao 明ming 超chao
  秀xiu 霞xia 平ping 刚gang 桂gui 英ying 华hua 玉yu 兰lan 文wen 辉hui 建jian 国guo 红hong 鑫xin 宇yu 浩hao
  凯kai 晨chen 欣xin 婷ting 雪xue 琳lin 佳jia 俊jun 思si 子zi 一yi 博bo 睿rui 嘉jia 梓zi 涵han 晓xiao 志zhi
  海hai 峰feng 波bo 斌bin 亮liang 林lin 颖ying 慧hui 倩qian 瑶yao 璐lu 萌meng 航hang 鹏peng 飞fei 翔xiang
  立li 成cheng 永yong 新xin 春chun 东dong 冬dong 宁ning 安an 然ran 彤tong 蕾lei 薇wei 岚lan 雯wen 悦yue
`);

/** 字号: the distinctive part of a company name, with pinyin for the e-mail domain. */
export const tradeNames = pairs(`
  华信huaxin 中科zhongke 天元tianyuan 鼎盛dingsheng 恒通hengtong 瑞达ruida 金桥jinqiao 宏远hongyuan
  东方dongfang 新华xinhua 长城changcheng 博远boyuan 智联zhilian 云帆yunfan 联创lianchuang 锐思ruisi
  天宇tianyu 正泰zhengtai 汇通huitong 嘉禾jiahe 远景yuanjing 明德mingde 华泰huatai 致远zhiyuan
  光华guanghua 宏图hongtu 振华zhenhua 启明qiming 星辰xingchen 国信guoxin 众诚zhongcheng 海纳haina
  华夏huaxia 银河yinhe 润泽runze 卓越zhuoyue 安泰antai 永信yongxin 创新chuangxin 金石jinshi 蓝海lanhai
  天润tianrun 世纪shiji 同方tongfang 方正fangzheng 和信hexin 中铁zhongtie 华电huadian 德润derun
  鸿达hongda 新元xinyuan 易通yitong 青松qingsong 北辰beichen 南方nanfang 远航yuanhang 九州jiuzhou
  凌云lingyun 万达wanda 泰和taihe 信达xinda 中软zhongruan 浪潮langchao 神州shenzhou 东软dongruan
`);

/** Industry words used inside names, grouped by the industry field value. */
export const industries: { industry: string; words: string[]; weight: number }[] = [
  {
    industry: '软件和信息技术服务业',
    words: ['科技', '信息技术', '软件', '智能科技', '网络科技', '数据科技', '信息系统', '云计算'],
    weight: 30,
  },
  { industry: '制造业', words: ['机械', '电子', '精密制造', '电气', '汽车零部件', '新材料'], weight: 18 },
  { industry: '金融业', words: ['金融服务', '投资', '融资租赁', '保险经纪'], weight: 7 },
  { industry: '批发和零售业', words: ['贸易', '商贸', '供应链', '电子商务'], weight: 10 },
  { industry: '医药卫生', words: ['医疗器械', '生物医药', '健康科技', '医药'], weight: 8 },
  { industry: '教育', words: ['教育科技', '培训', '文化教育'], weight: 5 },
  { industry: '建筑业', words: ['建设工程', '建筑', '装饰工程', '市政工程'], weight: 6 },
  { industry: '交通运输、仓储和邮政业', words: ['物流', '运输', '仓储', '快递'], weight: 6 },
  {
    industry: '电力、热力、燃气及水生产和供应业',
    words: ['新能源', '电力', '能源科技', '环保科技'],
    weight: 5,
  },
  { industry: '文化、体育和娱乐业', words: ['文化传媒', '广告', '影视'], weight: 3 },
  { industry: '房地产业', words: ['置业', '物业管理', '房地产开发'], weight: 2 },
];

export const legalSuffixes: [string, number][] = [
  ['有限公司', 60],
  ['股份有限公司', 18],
  ['有限责任公司', 12],
  ['集团有限公司', 6],
  ['集团股份有限公司', 2],
  ['分公司', 2],
];

/** City (region value), short name used in company names, weight, districts as [name, division code]. */
export const cities: { region: string; short: string; weight: number; districts: [string, string][] }[] = [
  {
    region: '北京市',
    short: '北京',
    weight: 14,
    districts: [
      ['海淀区', '110108'],
      ['朝阳区', '110105'],
      ['东城区', '110101'],
    ],
  },
  {
    region: '上海市',
    short: '上海',
    weight: 13,
    districts: [
      ['浦东新区', '310115'],
      ['徐汇区', '310104'],
      ['闵行区', '310112'],
    ],
  },
  {
    region: '深圳市',
    short: '深圳',
    weight: 9,
    districts: [
      ['南山区', '440305'],
      ['福田区', '440304'],
    ],
  },
  {
    region: '广州市',
    short: '广州',
    weight: 7,
    districts: [
      ['天河区', '440106'],
      ['黄埔区', '440112'],
    ],
  },
  { region: '杭州市', short: '杭州', weight: 7, districts: [['西湖区', '330106']] },
  { region: '南京市', short: '南京', weight: 5, districts: [['鼓楼区', '320106']] },
  { region: '苏州市', short: '苏州', weight: 5, districts: [['虎丘区', '320505']] },
  { region: '成都市', short: '成都', weight: 5, districts: [['武侯区', '510107']] },
  { region: '武汉市', short: '武汉', weight: 4, districts: [['洪山区', '420111']] },
  { region: '西安市', short: '西安', weight: 4, districts: [['雁塔区', '610113']] },
  { region: '天津市', short: '天津', weight: 4, districts: [['滨海新区', '120116']] },
  { region: '重庆市', short: '重庆', weight: 4, districts: [['渝北区', '500112']] },
  { region: '济南市', short: '济南', weight: 2, districts: [['历下区', '370102']] },
  { region: '青岛市', short: '青岛', weight: 2, districts: [['崂山区', '370212']] },
  { region: '长沙市', short: '长沙', weight: 2, districts: [['岳麓区', '430104']] },
  { region: '郑州市', short: '郑州', weight: 2, districts: [['金水区', '410105']] },
  { region: '合肥市', short: '合肥', weight: 2, districts: [['蜀山区', '340104']] },
  { region: '厦门市', short: '厦门', weight: 2, districts: [['思明区', '350203']] },
  { region: '沈阳市', short: '沈阳', weight: 2, districts: [['和平区', '210102']] },
  { region: '宁波市', short: '宁波', weight: 2, districts: [['鄞州区', '330212']] },
  { region: '无锡市', short: '无锡', weight: 2, districts: [['新吴区', '320214']] },
  { region: '东莞市', short: '东莞', weight: 1, districts: [['松山湖', '441900']] },
  { region: '昆明市', short: '昆明', weight: 1, districts: [['五华区', '530102']] },
  { region: '哈尔滨市', short: '哈尔滨', weight: 1, districts: [['南岗区', '230103']] },
];

export const roads = [
  '中关村大街',
  '人民路',
  '中山路',
  '建设路',
  '解放路',
  '科技路',
  '创业大道',
  '高新大道',
  '长江路',
  '和平路',
  '新华路',
  '学院路',
  '软件园路',
  '金融街',
];

export const tags: [string, number][] = [
  ['重点客户', 8],
  ['续约', 6],
  ['新签', 6],
  ['政府', 3],
  ['国企', 4],
  ['上市公司', 3],
  ['外资', 2],
  ['中小企业', 6],
  ['渠道', 3],
  ['试点', 2],
  ['高潜力', 4],
  ['SaaS', 4],
  ['私有化部署', 3],
  ['年度服务', 5],
  ['VIP', 2],
  ['待回访', 3],
  ['合同到期', 2],
  ['增购', 2],
  ['信创', 2],
];

export const titles: [string, string][] = [
  ['总经理', 'decision_maker'],
  ['副总经理', 'decision_maker'],
  ['信息中心主任', 'it_admin'],
  ['IT经理', 'it_admin'],
  ['系统管理员', 'it_admin'],
  ['财务总监', 'finance'],
  ['财务经理', 'finance'],
  ['采购经理', 'business_owner'],
  ['业务部经理', 'business_owner'],
  ['运营主管', 'key_user'],
  ['客服主管', 'key_user'],
  ['行政专员', 'other'],
];

/** Note fragments: `${when}${verb}${contract}，${remark}` (so 测试合同 and 维保合同 queries find rows). */
export const notes = {
  when: ['2024年', '2025年', '今年', '去年', '上季度'],
  verb: ['签订', '续签', '推进', '洽谈', '变更'],
  contract: ['测试合同', '服务合同', '框架协议', '采购合同', '维保合同', '实施合同'],
  remark: [
    '关注实施进度',
    '需要定期回访',
    '计划二期扩容',
    '对响应时效要求高',
    '预算审批中',
    '准备项目验收',
    '希望增加培训',
    '关注数据安全',
  ],
};

/** Area codes for landline numbers. */
export const areaCodes = ['010', '021', '0755', '020', '0571', '025', '0512', '028', '027', '029'];
