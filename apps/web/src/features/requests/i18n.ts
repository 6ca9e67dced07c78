/** Strings of the service desk pages (console, intake, request page); registered in features/bundles.ts. */
import { en } from './i18n.en';
import { zhCN } from './i18n.zh-CN';

export const requestsI18n = { 'zh-CN': zhCN, en };
