/**
 * Built-in records in the reader's language. Seeded calendars and SLA policies keep a stable key
 * (`builtinKey`); the UI shows the translated name for a seeded key and the stored name for a record a user
 * created (or renamed: a stored name that is no longer the seeded one is the user's). Holiday names of the
 * shipped China calendar carry both languages; the reader sees theirs.
 */
import i18n from 'i18next';

const seeded: Record<string, { 'zh-CN': string; en: string }> = {
  standard: { 'zh-CN': '标准服务', en: 'Standard' },
  business_hours: { 'zh-CN': '工作时间服务', en: 'Business hours' },
  premium: { 'zh-CN': '尊享服务', en: 'Premium' },
  '24x7': { 'zh-CN': '7×24', en: '24×7' },
  china_mainland: { 'zh-CN': '中国大陆工作日', en: 'China mainland working days' },
};

const lang = () => (i18n.language === 'en' ? 'en' : 'zh-CN');

/** The name to show for a record that may be built in: translated when seeded and not renamed. */
export function builtinName(key: string | null | undefined, stored: string): string {
  const names = key ? seeded[key] : undefined;
  if (!names || (stored !== names['zh-CN'] && stored !== names.en)) return stored;
  return names[lang()];
}

/**
 * A holiday's name in the reader's language. The shipped China data names each day in both languages
 * ("春节 Spring Festival (make-up working day)"): the reader sees their half. Other names show as stored.
 */
export function holidayName(stored: string | null | undefined): string {
  if (!stored) return '';
  const m = /^(\S*[\u4e00-\u9fff]\S*) ([A-Za-z].*?)( \(make-up working day\))?$/.exec(stored);
  if (!m) return stored;
  return lang() === 'en' ? `${m[2]}${m[3] ?? ''}` : `${m[1]}${m[3] ? '（调休上班）' : ''}`;
}
