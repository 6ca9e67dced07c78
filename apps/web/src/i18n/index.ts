/**
 * Interface language: zh-CN by default, English second. The choice lives in
 * localStorage (so the login page already speaks it) and is mirrored to the
 * user's profile when signed in.
 */
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import relativeTime from 'dayjs/plugin/relativeTime';
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { featureBundles } from '../features/bundles';
import { en } from './en';
import { serverMessagesI18n } from './server-messages';
import { zhCN } from './zh-CN';

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];
const STORAGE_KEY = 'aftercare.locale';

export const isLocale = (v: unknown): v is Locale => locales.includes(v as Locale);

export function storedLocale(): Locale | null {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

dayjs.extend(relativeTime);

const initial: Locale = storedLocale() ?? 'zh-CN';

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
  lng: initial,
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
  returnNull: false,
});
for (const bundle of [...featureBundles, serverMessagesI18n])
  for (const lng of locales) i18n.addResourceBundle(lng, 'translation', bundle[lng], true, false);
dayjs.locale(initial === 'zh-CN' ? 'zh-cn' : 'en');
document.documentElement.lang = initial;

/** Switches the interface language now and remembers it on this browser. */
export function applyLocale(locale: Locale, remember = true) {
  if (remember) {
    try {
      window.localStorage.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode: the choice then lasts for this page only.
    }
  }
  dayjs.locale(locale === 'zh-CN' ? 'zh-cn' : 'en');
  document.documentElement.lang = locale;
  void i18n.changeLanguage(locale);
}

export const currentLocale = (): Locale => (isLocale(i18n.language) ? i18n.language : 'zh-CN');

/** Picks the localized name of a seeded entity (role, team) with both names. */
export const localName = (v: { nameZh: string; nameEn: string } | null | undefined): string =>
  v ? (currentLocale() === 'en' ? v.nameEn : v.nameZh) : '';

export default i18n;
