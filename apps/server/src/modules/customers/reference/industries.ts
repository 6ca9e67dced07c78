/**
 * GB/T 4754-2017 industry sections (门类 A–T) with Chinese and English names,
 * and the mapping of free text ("软件和信息技术服务业", "制造业") to a section
 * for imports and rows written before industries were codes.
 */

import { type IndustryCode, industryCodes } from '../../../db/schema/customers.js';

export { type IndustryCode, industryCodes };

export interface Industry {
  code: IndustryCode;
  nameZh: string;
  nameEn: string;
}

export const INDUSTRIES: readonly Industry[] = [
  { code: 'A', nameZh: '农、林、牧、渔业', nameEn: 'Agriculture, forestry, animal husbandry and fishery' },
  { code: 'B', nameZh: '采矿业', nameEn: 'Mining' },
  { code: 'C', nameZh: '制造业', nameEn: 'Manufacturing' },
  {
    code: 'D',
    nameZh: '电力、热力、燃气及水生产和供应业',
    nameEn: 'Electricity, heat, gas and water production and supply',
  },
  { code: 'E', nameZh: '建筑业', nameEn: 'Construction' },
  { code: 'F', nameZh: '批发和零售业', nameEn: 'Wholesale and retail trade' },
  { code: 'G', nameZh: '交通运输、仓储和邮政业', nameEn: 'Transport, storage and postal services' },
  { code: 'H', nameZh: '住宿和餐饮业', nameEn: 'Accommodation and catering' },
  {
    code: 'I',
    nameZh: '信息传输、软件和信息技术服务业',
    nameEn: 'Information transmission, software and information technology services',
  },
  { code: 'J', nameZh: '金融业', nameEn: 'Finance' },
  { code: 'K', nameZh: '房地产业', nameEn: 'Real estate' },
  { code: 'L', nameZh: '租赁和商务服务业', nameEn: 'Leasing and business services' },
  { code: 'M', nameZh: '科学研究和技术服务业', nameEn: 'Scientific research and technical services' },
  {
    code: 'N',
    nameZh: '水利、环境和公共设施管理业',
    nameEn: 'Water conservancy, environment and public facilities management',
  },
  { code: 'O', nameZh: '居民服务、修理和其他服务业', nameEn: 'Resident services, repair and other services' },
  { code: 'P', nameZh: '教育', nameEn: 'Education' },
  { code: 'Q', nameZh: '卫生和社会工作', nameEn: 'Health and social work' },
  { code: 'R', nameZh: '文化、体育和娱乐业', nameEn: 'Culture, sports and entertainment' },
  {
    code: 'S',
    nameZh: '公共管理、社会保障和社会组织',
    nameEn: 'Public administration, social security and social organisations',
  },
  { code: 'T', nameZh: '国际组织', nameEn: 'International organisations' },
];

export const isIndustryCode = (v: string): v is IndustryCode =>
  (industryCodes as readonly string[]).includes(v);

/**
 * Words that name a section inside free text, checked in this order: the more
 * specific first (信息技术服务 before 技术服务, 医药制造 before 医药).
 */
const KEYWORDS: [string, IndustryCode][] = [
  ['信息传输', 'I'],
  ['信息技术', 'I'],
  ['软件', 'I'],
  ['互联网', 'I'],
  ['电信', 'I'],
  ['通信服务', 'I'],
  ['制造', 'C'],
  ['金融', 'J'],
  ['银行', 'J'],
  ['保险', 'J'],
  ['证券', 'J'],
  ['批发', 'F'],
  ['零售', 'F'],
  ['贸易', 'F'],
  ['商贸', 'F'],
  ['电子商务', 'F'],
  ['卫生', 'Q'],
  ['医院', 'Q'],
  ['医疗', 'Q'],
  ['社会工作', 'Q'],
  ['教育', 'P'],
  ['培训', 'P'],
  ['学校', 'P'],
  ['建筑', 'E'],
  ['交通运输', 'G'],
  ['运输', 'G'],
  ['物流', 'G'],
  ['仓储', 'G'],
  ['邮政', 'G'],
  ['快递', 'G'],
  ['电力', 'D'],
  ['热力', 'D'],
  ['燃气', 'D'],
  ['供水', 'D'],
  ['能源', 'D'],
  ['文化', 'R'],
  ['体育', 'R'],
  ['娱乐', 'R'],
  ['传媒', 'R'],
  ['房地产', 'K'],
  ['物业', 'K'],
  ['农业', 'A'],
  ['林业', 'A'],
  ['畜牧', 'A'],
  ['渔业', 'A'],
  ['采矿', 'B'],
  ['矿业', 'B'],
  ['煤炭', 'B'],
  ['住宿', 'H'],
  ['餐饮', 'H'],
  ['酒店', 'H'],
  ['租赁', 'L'],
  ['商务服务', 'L'],
  ['咨询', 'L'],
  ['科学研究', 'M'],
  ['科研', 'M'],
  ['技术服务', 'M'],
  ['水利', 'N'],
  ['环境', 'N'],
  ['环保', 'N'],
  ['公共设施', 'N'],
  ['居民服务', 'O'],
  ['修理', 'O'],
  ['公共管理', 'S'],
  ['社会保障', 'S'],
  ['社会组织', 'S'],
  ['政府', 'S'],
  ['国际组织', 'T'],
];

const fold = (s: string) =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]+/gu, '');

const byName = new Map<string, IndustryCode>();
for (const i of INDUSTRIES) {
  byName.set(fold(i.nameZh), i.code);
  byName.set(fold(i.nameEn), i.code);
}

/**
 * The section free text names: a section letter, a section's Chinese or
 * English name, or a known word in it ("软件和信息技术服务业" → I, "制造业" → C,
 * "医药卫生" → Q). Undefined when nothing fits.
 */
export function mapIndustry(text: string): IndustryCode | undefined {
  const raw = text.normalize('NFKC').trim();
  if (/^[A-Ta-t]$/.test(raw)) return raw.toUpperCase() as IndustryCode;
  const s = fold(raw);
  if (!s) return undefined;
  const exact = byName.get(s);
  if (exact) return exact;
  for (const [word, code] of KEYWORDS) if (s.includes(word)) return code;
  return undefined;
}
