/** Per-feature string bundles merged into i18next at start-up (src/i18n/index.ts), so the big locale files stay put. */
import { approvalsI18n } from './approvals/i18n';
import { auditI18n } from './audit/i18n';
import { securityI18n } from './auth/i18n';
import { calendarsI18n } from './calendars/i18n';
import { contractsI18n } from './contracts/i18n';
import { deploymentsI18n } from './deployments/i18n';
import { entitlementsI18n } from './entitlements/i18n';
import { homeI18n } from './home/i18n';
import { notificationsI18n } from './notifications/i18n';
import { productsI18n } from './products/i18n';
import { renewalsI18n } from './renewals/i18n';
import { requestsI18n } from './requests/i18n';
import { requestsConsoleI18n } from './requests/i18n.console';
import { serviceDeskI18n } from './service-desk/i18n';
import { slaI18n } from './sla/i18n';
import { warrantiesI18n } from './warranties/i18n';

export const featureBundles: { 'zh-CN': object; en: object }[] = [
  productsI18n,
  deploymentsI18n,
  warrantiesI18n,
  calendarsI18n,
  slaI18n,
  approvalsI18n,
  auditI18n,
  renewalsI18n,
  entitlementsI18n,
  notificationsI18n,
  contractsI18n,
  requestsI18n,
  requestsConsoleI18n,
  homeI18n,
  serviceDeskI18n,
  securityI18n,
];
