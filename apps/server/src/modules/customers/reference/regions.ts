/**
 * GB/T 2260 administrative divisions: the picker's tree, display names of a
 * code, the region words that name normalisation strips, and the mapping of
 * free text ("北京市海淀区", "广东深圳") to a code for imports and old rows.
 */
import { REGION_DATA } from './regions.data.js';

export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

interface Division {
  code: string;
  name: string;
  /** The division above in the picker (a municipality's districts hang directly under it). */
  parent: string | undefined;
  /** Names typed for it: the full name and, where distinctive, the short one (广东省 → 广东). */
  aliases: string[];
}

/** City-level placeholders of municipalities (北京 → 市辖区 → 海淀区): the picker skips them. */
const PLACEHOLDER_CITIES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

const PROVINCE_SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '省', '市'];
const CITY_SUFFIXES = ['地区', '市', '盟'];
const DISTRICT_SUFFIXES = ['新区', '区', '县', '市', '旗'];

function aliasesOf(name: string, suffixes: readonly string[]): string[] {
  for (const s of suffixes) {
    if (name.endsWith(s) && name.length - s.length >= 2) return [name, name.slice(0, -s.length)];
  }
  return [name];
}

const divisions = new Map<string, Division>();
const roots: RegionNode[] = [];
const nodes = new Map<string, RegionNode>();

for (const entry of REGION_DATA.split(/\s+/)) {
  if (!entry) continue;
  const code = entry.slice(0, 6);
  const name = entry.slice(6);
  const province = `${code.slice(0, 2)}0000`;
  const city = `${code.slice(0, 4)}00`;
  let parent: string | undefined;
  let aliases: string[];
  if (code === province) {
    aliases = aliasesOf(name, PROVINCE_SUFFIXES);
  } else if (code === city) {
    if (PLACEHOLDER_CITIES.has(name)) continue;
    parent = province;
    aliases = aliasesOf(name, CITY_SUFFIXES);
  } else {
    parent = divisions.has(city) ? city : province;
    aliases = aliasesOf(name, DISTRICT_SUFFIXES);
  }
  divisions.set(code, { code, name, parent, aliases });
  const node: RegionNode = { code, name };
  nodes.set(code, node);
  if (parent === undefined) roots.push(node);
  else {
    const up = nodes.get(parent);
    if (up) {
      up.children ??= [];
      up.children.push(node);
    }
  }
}

/** The province → city → district tree for the picker. */
export const regionTree = (): readonly RegionNode[] => roots;

export const isRegionCode = (code: string) => divisions.has(code);

/** Codes from the province down to this division. */
export function regionPath(code: string): string[] {
  const out: string[] = [];
  for (let d = divisions.get(code); d; d = d.parent ? divisions.get(d.parent) : undefined)
    out.unshift(d.code);
  return out;
}

/** Display name of a code: the names of its path ("北京市 海淀区"), or undefined for an unknown code. */
export function regionName(code: string): string | undefined {
  if (!divisions.has(code)) return undefined;
  return regionPath(code)
    .map((c) => divisions.get(c)!.name)
    .join(' ');
}

/**
 * The codes inside a division, inclusive: a province's share its first two
 * digits, a city's its first four, a district is itself. Codes are six digits,
 * so the range compares the same under every collation.
 */
export function regionCodeRange(code: string): { from: string; to: string } {
  const d = divisions.get(code);
  if (!d || !/^\d{6}$/.test(code)) return { from: code, to: code };
  if (d.parent === undefined) return { from: code, to: `${code.slice(0, 2)}9999` };
  if (code.endsWith('00')) return { from: code, to: `${code.slice(0, 4)}99` };
  return { from: code, to: code };
}

/** Province and city names, full and short, longest first: the words a company name may carry as its place. */
export const PLACE_WORDS: readonly string[] = [
  ...new Set(
    ['中国', '中华人民共和国'].concat(
      [...divisions.values()]
        .filter((d) => d.parent === undefined || d.code.endsWith('00'))
        .flatMap((d) => d.aliases),
    ),
  ),
].sort((a, b) => b.length - a.length);

const children = (parent: string | undefined) => [...divisions.values()].filter((d) => d.parent === parent);

const LEVEL_CHARS = new Set(['省', '市', '区', '县', '旗', '盟', '州']);

/** The child of `parent` (or a root) whose full or short name starts `text`, longest name first. */
function matchAtStart(
  text: string,
  candidates: Division[],
): { division: Division; rest: string } | undefined {
  let best: { division: Division; rest: string; len: number } | undefined;
  for (const d of candidates) {
    for (const alias of d.aliases) {
      // A short name followed by a level word is another division's full name: 朝阳 of 朝阳区 is not 朝阳市.
      const other = alias !== d.name && LEVEL_CHARS.has(text[alias.length] ?? '');
      if (text.startsWith(alias) && !other && (!best || alias.length > best.len)) {
        best = { division: d, rest: text.slice(alias.length), len: alias.length };
      }
    }
  }
  return best;
}

const rootDivisions = children(undefined);
const childIndex = new Map<string, Division[]>();
for (const d of divisions.values()) {
  if (d.parent === undefined) continue;
  const list = childIndex.get(d.parent);
  if (list) list.push(d);
  else childIndex.set(d.parent, [d]);
}
const cityDivisions = [...divisions.values()].filter((d) => d.parent !== undefined && d.code.endsWith('00'));
const districtDivisions = [...divisions.values()].filter((d) => !d.code.endsWith('00'));

/**
 * The deepest division named at the start of free text: "北京市海淀区" → 110108,
 * "广东深圳" → 440300, "深圳市南山区" → 440305 (no province: the city is looked up
 * across the country). What follows the matched names (a street address) is
 * ignored. Undefined when the text starts with no known province or city.
 */
export function mapRegion(text: string): string | undefined {
  const s = text.normalize('NFKC').replace(/[\s\p{P}\p{S}]+/gu, '');
  if (!s) return undefined;
  // A code typed as such.
  if (/^\d{6}$/.test(s)) return divisions.has(s) ? s : undefined;
  let found = matchAtStart(s, rootDivisions);
  if (!found) {
    found = matchAtStart(s, cityDivisions);
    // A district alone only when its full name is unique in the country (朝阳区 is not).
    if (!found) {
      const full = districtDivisions.filter((d) => s.startsWith(d.name));
      return full.length === 1 ? full[0]!.code : undefined;
    }
  }
  let { division, rest } = found;
  for (let next = childIndex.get(division.code); next && rest; next = childIndex.get(division.code)) {
    const m = matchAtStart(rest, next);
    if (!m) break;
    ({ division, rest } = m);
  }
  return division.code;
}
