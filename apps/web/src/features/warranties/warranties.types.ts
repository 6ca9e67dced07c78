/** Shapes of the warranties API (see apps/server/src/modules/warranties/warranties.schema.ts). */

export const warrantyStatuses = ['not_started', 'in_force', 'expired'] as const;
export type WarrantyStatus = (typeof warrantyStatuses)[number];
export const coverageTypes = ['bug_fix', 'functional_update', 'performance', 'security_fix'] as const;
export type CoverageType = (typeof coverageTypes)[number];

export interface Warranty {
  id: string;
  deploymentId: string;
  customerId: string;
  customerName: string;
  productId: string;
  productName: string;
  productCode: string;
  environment: 'production' | 'test';
  startDate: string;
  /** True while the start follows the deployment's acceptance date. */
  startFromAcceptance: boolean;
  months: number;
  /** Last day in force, inclusive. */
  endDate: string;
  coverage: CoverageType[];
  status: WarrantyStatus;
  daysLeft: number;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface WarrantyPatch {
  startDate?: string | null;
  months?: number;
  coverage?: CoverageType[];
  notes?: string | null;
}

export interface WarrantyFilters {
  status?: WarrantyStatus;
  /** Only warranties in force ending within this many days. */
  expiringWithinDays?: number;
  sort?: 'endDate' | '-endDate';
}
