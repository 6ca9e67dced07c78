/**
 * Demo customers (about 40 Chinese B2B organisations) with contacts, spread
 * over the demo sales reps and teams so data scope is visible when logging in
 * as `sales-rep` (华北) or `sales-rep-2` (华东). Runs once, with the demo users.
 */
import { eq } from 'drizzle-orm';
import { creditCodeCheckChar } from '../../modules/customers/credit-code.js';
import { INDUSTRIES } from '../../modules/customers/reference/industries.js';
import { regionName } from '../../modules/customers/reference/regions.js';
import type { Deps } from '../../platform/deps.js';
import type {
  CustomerScale,
  CustomerSource,
  CustomerTier,
  IndustryCode,
  LifecycleStage,
} from '../schema/customers.js';
import { users } from '../schema/identity.js';
import { teamByKey } from './factories.js';
import { type NewContactOptions, newCustomer } from './factories-customers.js';

const DAY = 86_400_000;

type Team = 'north' | 'east' | 'south';

/** name | GB/T 4754 section | GB/T 2260 region code | scale | stage | tier | source | team | tags (comma separated) */
const table = `
北京华信智联科技有限公司|I|110108|large|strategic_partner|A|referral|north|重点客户,CRM
北京京能电力股份有限公司|D|110105|enterprise|customer|A|exhibition|north|国企,ERP
天津港信息技术发展有限公司|G|120116|large|customer|B|partner|north|港口,运维
河北钢铁集团数字科技有限公司|C|130100|enterprise|customer|A|referral|north|制造,MES
北京协和医药科技有限公司|Q|110101|medium|prospect|B|web|north|医疗
山西晋能煤业信息中心|D|140100|large|lead|C|cold_call|north|国企
北京中关村软件园发展有限责任公司|L|110108|medium|customer|B|event|north|园区,客户测试合同
内蒙古伊利实业集团股份有限公司|C|150100|enterprise|prospect|A|exhibition|north|快消,集团客户
大连华锐重工集团股份有限公司|C|210200|enterprise|customer|B|partner|north|制造
沈阳新松机器人自动化股份有限公司|C|210100|large|customer|B|referral|north|机器人,定制开发
青岛海尔智家股份有限公司|C|370200|enterprise|strategic_partner|A|partner|north|重点客户,集团客户
济南二机床集团有限公司|C|370100|large|churned|C|cold_call|north|制造
北京链家房地产经纪有限公司|K|110102|large|lead|C|web|north|
上海浦东发展银行信息科技部|J|310115|enterprise|strategic_partner|A|referral|east|金融,重点客户
上海汽车集团股份有限公司|C|310114|enterprise|customer|A|exhibition|east|集团客户,ERP
杭州海康威视数字技术股份有限公司|C|330100|enterprise|customer|A|partner|east|重点客户
杭州云帆网络科技有限公司|I|330100|small|prospect|C|web|east|SaaS
宁波舟山港集团有限公司|G|330200|enterprise|customer|B|referral|east|港口,运维
苏州工业园区国有资本投资有限公司|L|320500|large|customer|B|event|east|国企,客户测试合同
南京南瑞继保电气有限公司|D|320100|large|customer|A|partner|east|电力,定制开发
无锡药明康德新药开发股份有限公司|Q|320200|enterprise|prospect|A|exhibition|east|医疗
合肥科大讯飞信息科技股份有限公司|I|340100|enterprise|strategic_partner|A|referral|east|重点客户,AI
福州新大陆数字技术股份有限公司|C|350100|large|customer|B|partner|east|金融
厦门航空有限公司|G|350200|enterprise|lead|B|cold_call|east|
常州天合光能股份有限公司|D|320400|enterprise|customer|B|exhibition|east|新能源
上海联影医疗科技股份有限公司|C|310114|large|prospect|B|web|east|医疗
温州正泰电器股份有限公司|C|330300|large|churned|C|partner|east|制造
深圳市腾讯计算机系统有限公司|I|440300|enterprise|lead|A|referral|south|集团客户
广州白云国际机场股份有限公司|G|440100|enterprise|customer|A|exhibition|south|运维,重点客户
深圳迈瑞生物医疗电子股份有限公司|C|440300|enterprise|customer|B|partner|south|医疗
东莞华贝电子科技有限公司|C|441900|large|prospect|C|cold_call|south|制造
佛山美的集团股份有限公司|C|440600|enterprise|customer|A|referral|south|集团客户,ERP
厦门象屿物流集团有限责任公司|G|350200|large|lead|D|web|south|
海南航空控股股份有限公司|G|460100|enterprise|churned|C|exhibition|south|
成都天府软件园有限公司|L|510100|medium|customer|C|event|north|园区
重庆长安汽车股份有限公司|C|500105|enterprise|prospect|B|exhibition|east|集团客户
武汉光谷信息技术股份有限公司|I|420100|medium|customer|C|partner|north|CRM
西安西电捷通无线网络通信股份有限公司|C|610100|medium|lead|D|web|east|
长沙中联重科股份有限公司|C|430100|enterprise|customer|B|referral|south|制造,定制开发
昆明云内动力股份有限公司|C|530100|large|lead|D|cold_call|south|
`;

const rows = table
  .trim()
  .split('\n')
  .map((line) => {
    const [name, industry, region, scale, stage, tier, source, team, tags] = line.split('|') as string[];
    return {
      name: name!,
      industryCode: industry as IndustryCode,
      regionCode: region!,
      scale: scale as CustomerScale,
      stage: stage as LifecycleStage,
      tier: tier as CustomerTier,
      source: source as CustomerSource,
      team: team as Team,
      tags: tags ? tags.split(',') : [],
    };
  });

const surnames = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
];
const given = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '磊',
  '洋',
  '艳',
  '勇',
  '军',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '霞',
];
const people: { title: string; role: NewContactOptions['projectRole'] }[] = [
  { title: '信息中心主任', role: 'decision_maker' },
  { title: 'IT运维经理', role: 'it_admin' },
  { title: '业务骨干', role: 'key_user' },
  { title: '财务经理', role: 'finance' },
];

/** A valid credit code derived from the row number (checksum per GB 32100-2015). */
function demoCreditCode(i: number, regionCode: string): string {
  const area = regionCode.startsWith('11') ? '110000' : regionCode.startsWith('31') ? '310000' : '440300';
  const body = `9${1}${area}${String(700_000_000 + i * 7919).slice(0, 9)}`;
  return body + creditCodeCheckChar(body);
}

export async function seedDemoCustomers(deps: Pick<Deps, 'db' | 'clock' | 'log'>): Promise<void> {
  const teamIds = {
    north: (await teamByKey(deps.db, 'sales_north')).id,
    east: (await teamByKey(deps.db, 'sales_east')).id,
    south: (await teamByKey(deps.db, 'sales_south')).id,
  };
  const userId = async (username: string) =>
    (await deps.db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1))[0]
      ?.id ?? null;
  const owners = {
    north: [await userId('sales-rep'), await userId('sales-director')],
    east: [await userId('sales-rep-2'), await userId('sales-director')],
    south: [await userId('sales-director')],
  };
  const now = deps.clock.now().getTime();
  for (const [i, row] of rows.entries()) {
    const { name, industryCode, regionCode, scale, stage, tier, source, team, tags } = row;
    const region = regionName(regionCode) ?? '';
    const industry = INDUSTRIES.find((s) => s.code === industryCode)?.nameZh ?? '';
    const teamOwners = owners[team];
    const at = new Date(now - (rows.length - i) * 4 * DAY);
    const contactCount = 1 + (i % 3);
    await newCustomer(deps.db, {
      name,
      creditCode: i % 5 === 4 ? null : demoCreditCode(i, regionCode),
      industryCode,
      regionCode,
      address: `${region.replace(/ /g, '')}${['科技路', '创新大道', '金融街', '工业园路'][i % 4]}${10 + i * 3}号`,
      scale,
      stage,
      tier,
      source,
      teamId: teamIds[team],
      ownerId: teamOwners[i % teamOwners.length] ?? null,
      tags,
      notes: tags.includes('客户测试合同') ? '已签署客户测试合同，UAT 进行中' : `${industry}客户，${region}`,
      createdAt: at,
      updatedAt: at,
      contacts: Array.from({ length: contactCount }, (_, k) => {
        const p = people[(i + k) % people.length]!;
        const n = (i * 3 + k) % 256;
        return {
          name: surnames[n % 16]! + given[(n >> 4) % 16]!,
          title: p.title,
          projectRole: p.role,
          phones: [`1${3 + (n % 7)}${String(10_000_000 + i * 1000 + k * 37).padStart(9, '0')}`],
          email: `contact${i}_${k}@example.com`,
          wechat: k === 0 ? `wx_demo_${i}` : null,
          createdAt: at,
        };
      }),
    });
  }
  deps.log.info({ count: rows.length }, 'demo customers created');
}
