/** audit: browsing the audit log written by every module through platform/audit.ts. */
export { auditRoutes } from './audit.routes.js';
export { auditEntrySchema, auditPageSchema } from './audit.schema.js';
export { browseAudit, listAuditEntries } from './audit.service.js';
