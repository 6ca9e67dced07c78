import { describe, expect, it } from 'vitest';
import { nameCore, namePinyin, nameSimilarity, normalizeName } from './customers.names.js';
import { INDUSTRIES, mapIndustry } from './reference/industries.js';
import { mapRegion, regionName, regionPath, regionTree } from './reference/regions.js';

describe('normalised names', () => {
  it('drops a place in brackets (full-width or ASCII), a leading or trailing place, and legal forms', () => {
    expect(normalizeName('华信智联科技（北京）有限公司')).toBe('华信智联科技');
    expect(normalizeName('华信智联科技(北京)有限公司')).toBe('华信智联科技');
    expect(normalizeName('北京华信智联科技有限公司')).toBe('华信智联科技');
    expect(normalizeName('北京市华信智联科技股份有限公司')).toBe('华信智联科技');
    expect(normalizeName('华信智联科技北京有限责任公司')).toBe('华信智联科技');
    expect(normalizeName('青岛海尔 集团')).toBe('海尔');
    expect(normalizeName('ＨＵＡＷＥＩ Co., Ltd.')).toBe('huawei');
  });

  it('keeps 科技 in the name: 华信科技 and 华信物流 stay different companies', () => {
    expect(normalizeName('华信科技有限公司')).not.toBe(normalizeName('华信物流有限公司'));
    expect(nameCore(normalizeName('华信科技有限公司'))).toBe('华信');
    expect(nameCore(normalizeName('华信物流有限公司'))).toBe('华信物流');
  });

  it('keeps the place when it is the distinctive part (北京银行 is not 上海银行)', () => {
    expect(normalizeName('北京银行股份有限公司')).toBe('北京银行');
    expect(normalizeName('上海银行股份有限公司')).toBe('上海银行');
    expect(normalizeName('中国银行')).toBe('中国银行');
    // A place with a bare business word left would leave nothing distinctive either.
    expect(normalizeName('北京科技有限公司')).toBe('北京科技');
  });

  it('gives near-duplicates one core in both directions, with a score below 1', () => {
    const a = normalizeName('华信智联科技（北京）有限公司');
    const b = normalizeName('北京华信智联');
    expect(a).not.toBe(b);
    expect(nameCore(a)).toBe(nameCore(b));
    expect(nameSimilarity(a, b)).toBe(0.67);
    expect(nameSimilarity(b, a)).toBe(0.67);
    expect(nameSimilarity(a, a)).toBe(1);
  });
});

describe('pinyin of a name', () => {
  it('holds full pinyin and initials of the whole and of the normalised name', () => {
    const forms = namePinyin('北京华信智联科技有限公司').split(' ');
    expect(forms).toContain('beijinghuaxinzhiliankejiyouxiangongsi');
    expect(forms).toContain('bjhxzlkjyxgs');
    expect(forms).toContain('huaxinzhiliankeji');
    expect(forms).toContain('hxzlkj');
    expect(namePinyin('海尔集团')).toContain('haier');
  });

  it('keeps latin letters and digits, lower case, and writes ü as v', () => {
    expect(namePinyin('ABC软件2号')).toContain('abcruanjian2hao');
    expect(namePinyin('绿地')).toContain('lvdi');
  });
});

describe('GB/T 2260 regions', () => {
  it('has every province, and municipalities without the 市辖区 level', () => {
    const tree = regionTree();
    expect(tree).toHaveLength(34);
    const beijing = tree.find((p) => p.code === '110000')!;
    expect(beijing.children?.map((c) => c.name)).toContain('海淀区');
    expect(beijing.children?.map((c) => c.name)).not.toContain('市辖区');
    expect(regionName('110108')).toBe('北京市 海淀区');
    expect(regionPath('440305')).toEqual(['440000', '440300', '440305']);
  });

  it('maps free text to the deepest division it names', () => {
    expect(mapRegion('北京市海淀区')).toBe('110108');
    expect(mapRegion('北京')).toBe('110000');
    expect(mapRegion('广东深圳')).toBe('440300');
    expect(mapRegion('广东省深圳市南山区科技园')).toBe('440305');
    expect(mapRegion('深圳市南山区')).toBe('440305');
    expect(mapRegion('内蒙古呼和浩特')).toBe('150100');
    expect(mapRegion('上海浦东')).toBe('310115');
    expect(mapRegion(' 浙江 杭州 ')).toBe('330100');
    expect(mapRegion('110108')).toBe('110108');
  });

  it('leaves unknown or ambiguous text unmapped', () => {
    expect(mapRegion('火星')).toBeUndefined();
    expect(mapRegion('Shanghai')).toBeUndefined();
    expect(mapRegion('999999')).toBeUndefined();
    // 朝阳区 is in Beijing and in Changchun; 朝阳市 is in Liaoning.
    expect(mapRegion('朝阳区')).toBeUndefined();
    expect(mapRegion('海淀区')).toBe('110108');
  });
});

describe('GB/T 4754 industries', () => {
  it('has the 20 sections A–T with Chinese and English names', () => {
    expect(INDUSTRIES.map((i) => i.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    expect(INDUSTRIES.every((i) => i.nameZh && i.nameEn)).toBe(true);
  });

  it('maps names, letters and known words, and nothing else', () => {
    expect(mapIndustry('软件和信息技术服务业')).toBe('I');
    expect(mapIndustry('信息传输、软件和信息技术服务业')).toBe('I');
    expect(mapIndustry('制造业')).toBe('C');
    expect(mapIndustry('汽车制造')).toBe('C');
    expect(mapIndustry('Manufacturing')).toBe('C');
    expect(mapIndustry('j')).toBe('J');
    expect(mapIndustry('交通运输、仓储和邮政业')).toBe('G');
    expect(mapIndustry('科学研究和技术服务业')).toBe('M');
    expect(mapIndustry('园艺爱好')).toBeUndefined();
    expect(mapIndustry('')).toBeUndefined();
  });
});
