/**
 * Keys computed from a company name at write time: the normalised name (exact
 * duplicates), its core (near-duplicates) and its pinyin (search by "haier" or
 * "bjhx"). Region words and legal forms are noise in a company name — 华信智联科技
 * （北京）有限公司 and 北京华信智联 are the same company — while the 字号 is not.
 */
import { pinyin } from 'pinyin-pro';
import { PLACE_WORDS } from './reference/regions.js';

// Longest first, so 股份有限公司 is removed whole rather than leaving 股份.
const LEGAL_SUFFIXES = [
  '集团股份有限公司',
  '集团有限责任公司',
  '集团有限公司',
  '股份有限公司',
  '有限责任公司',
  '有限公司',
  '分公司',
  '集团',
  '公司',
  'corporation',
  'company',
  'limited',
  'coltd',
  'group',
  'corp',
  'gmbh',
  'inc',
  'llc',
  'ltd',
  'plc',
  'co',
].sort((a, b) => b.length - a.length);

/**
 * Business words a company adds or drops in everyday use (华信智联科技 is called
 * 华信智联). They stay in the normalised name — 华信科技 and 华信物流 are
 * different companies — and only the core drops them, so a shared core is a
 * near-duplicate to confirm, never an exact match.
 */
const BUSINESS_WORDS = [
  '信息技术',
  '信息科技',
  '网络科技',
  '科技',
  '技术',
  '信息',
  '软件',
  '网络',
  '数据',
  '智能',
  '电子',
  '实业',
  '发展',
  '控股',
  '投资',
  '咨询',
  '服务',
  '系统',
  '工程',
  '贸易',
  '商贸',
].sort((a, b) => b.length - a.length);

/** Names that are only a place plus one of these (北京银行, 上海证券) keep their place: it is the distinctive part. */
const GENERIC_REMAINDERS = new Set([
  '银行',
  '农商银行',
  '证券',
  '保险',
  '大学',
  '医院',
  '电力',
  '燃气',
  '水务',
  '地铁',
  '机场',
  '港务',
  '日报',
  '电视台',
  '农商行',
]);

const MIN_CORE = 2;

function stripEnd(s: string, words: readonly string[]): string | undefined {
  for (const w of words) if (s.length > w.length && s.endsWith(w)) return s.slice(0, -w.length);
  return undefined;
}

/** The name without trailing business words, but never shorter than two characters. */
export function nameCore(normalized: string): string {
  let s = normalized;
  for (let next = stripEnd(s, BUSINESS_WORDS); next !== undefined && next.length >= MIN_CORE; ) {
    s = next;
    next = stripEnd(s, BUSINESS_WORDS);
  }
  return s;
}

/** Whether a place may be dropped and leave this: a distinctive rest, not just 银行 or 科技. */
const keepsIdentity = (rest: string) =>
  rest.length >= MIN_CORE && !GENERIC_REMAINDERS.has(rest) && !BUSINESS_WORDS.includes(nameCore(rest));

const PLACES = new Set(PLACE_WORDS);
const isPlace = (s: string) => PLACES.has(s);
/** Lengths of place words, longest first: a name is probed at these lengths instead of against every word. */
const PLACE_LENGTHS = [...new Set(PLACE_WORDS.map((w) => w.length))].sort((a, b) => b - a);

/** The longest place word starting `s` whose removal leaves a distinctive rest. */
function placeAtStart(s: string): string | undefined {
  for (const n of PLACE_LENGTHS) {
    if (s.length > n && PLACES.has(s.slice(0, n)) && keepsIdentity(s.slice(n))) return s.slice(0, n);
  }
  return undefined;
}

function placeAtEnd(s: string): string | undefined {
  for (const n of PLACE_LENGTHS) {
    if (s.length > n && PLACES.has(s.slice(-n)) && keepsIdentity(s.slice(0, -n))) return s.slice(-n);
  }
  return undefined;
}

/**
 * The name used to find duplicates: full-width folded (NFKC), lower case,
 * without a place in brackets ("（北京）"), a leading or trailing province or
 * city ("北京华信智联"), legal-form suffixes, spaces and punctuation. So
 * "华为技术有限公司", "华为技术 (有限公司)" and "深圳华为技术" compare equal.
 */
export function normalizeName(name: string): string {
  let s = name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[(（[【]([^()（）[\]【】]*)[)）\]】]/gu, (m, inner: string) =>
      isPlace(inner.replace(/[^\p{L}\p{N}]+/gu, '')) ? ' ' : m,
    )
    .replace(/[^\p{L}\p{N}]+/gu, '');
  for (let changed = true; changed; ) {
    changed = false;
    const bare = stripEnd(s, LEGAL_SUFFIXES);
    if (bare !== undefined) {
      s = bare;
      changed = true;
      continue;
    }
    const place = placeAtStart(s);
    if (place) {
      s = s.slice(place.length);
      changed = true;
      continue;
    }
    const trailing = placeAtEnd(s);
    if (trailing) {
      s = s.slice(0, -trailing.length);
      changed = true;
    }
  }
  return s;
}

/** How alike two names with the same core are: the shorter normalised name's share of the longer. */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.length ? Math.round((short.length / long.length) * 100) / 100 : 0;
}

function pinyinForms(text: string): [string, string] {
  if (!text) return ['', ''];
  const opts = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
  const clean = (parts: string[]) =>
    parts
      .join('')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '');
  return [clean(pinyin(text, opts)), clean(pinyin(text, { ...opts, pattern: 'first' }))];
}

/**
 * Full pinyin and initials of the whole name and of its normalised form, space
 * separated: "北京华信智联科技有限公司" → "beijinghuaxinzhilian… bjhxzlkjyxgs
 * huaxinzhiliankeji hxzlkj", so "bjhx" and "hxzl" both find it.
 */
export function namePinyin(name: string): string {
  const folded = name.normalize('NFKC');
  return [...new Set([...pinyinForms(folded), ...pinyinForms(normalizeName(folded))].filter(Boolean))].join(
    ' ',
  );
}

/** Every name key a customer row stores. */
export function nameColumns(name: string): { normalizedName: string; nameCore: string; namePinyin: string } {
  const normalizedName = normalizeName(name);
  return { normalizedName, nameCore: nameCore(normalizedName), namePinyin: namePinyin(name) };
}
