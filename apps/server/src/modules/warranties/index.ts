/**
 * Warranties module (质保期, SPEC §5): one warranty per accepted deployment,
 * its computed term and status, and the in-force lookup other modules use
 * for the entitlement check. Other modules use it only through this file.
 */
export { warrantyRoutes } from './warranties.routes.js';
export type { WarrantyDto } from './warranties.schema.js';
export { findWarrantiesInForce, hasWarranty, syncWarrantyForDeployment } from './warranties.service.js';
export {
  daysLeft,
  shanghaiDate,
  standardMonths,
  type WarrantyStatus,
  warrantyEndDate,
  warrantyStatus,
} from './warranty-term.js';
