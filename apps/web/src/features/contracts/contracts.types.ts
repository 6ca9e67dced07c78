/** Shapes of the contracts API (see apps/server/src/modules/contracts/contracts.schema.ts and contracts.terms.ts). */

export const contractTypes = ['implementation', 'maintenance', 'uat', 'memorandum'] as const;
export type ContractType = (typeof contractTypes)[number];

export const contractStates = [
  'draft',
  'in_review',
  'active',
  'expiring',
  'expired',
  'renewed',
  'terminated',
] as const;
export type ContractState = (typeof contractStates)[number];

export const contractSorts = ['-createdAt', 'endDate', '-endDate', 'number'] as const;
export type ContractSort = (typeof contractSorts)[number];

export const scopeItemTypes = [
  'bug_fix',
  'functional_update',
  'performance',
  'security_fix',
  'inspection',
  'training',
  'on_site',
  'data_migration',
  'upgrade',
] as const;
export type ScopeItemType = (typeof scopeItemTypes)[number];

export const frequencies = ['weekly', 'monthly', 'quarterly', 'half_yearly', 'yearly', 'on_demand'] as const;
export type Frequency = (typeof frequencies)[number];

export const backupFrequencies = ['hourly', 'daily', 'weekly', 'monthly'] as const;
export const penaltyMetrics = ['response_rate', 'resolution_rate', 'uptime'] as const;
export const rewardKinds = ['renewal_discount', 'bonus'] as const;
export const disputeSteps = ['negotiation', 'mediation', 'arbitration', 'court'] as const;
export type DisputeStep = (typeof disputeSteps)[number];

export interface ScopeItem {
  type: ScopeItemType;
  frequency?: Frequency;
  quota?: number;
  notes?: string;
}

export interface Installment {
  dueDate: string;
  amount: string;
  paidAt?: string | null;
}

export interface Terms {
  scope: ScopeItem[];
  slaPolicyId: string | null;
  uptimeTargetPercent: number | null;
  dataProtection: {
    backupFrequency: (typeof backupFrequencies)[number];
    storageLocation: string;
    recoveryTimeHours: number;
  } | null;
  upgrades: 'included' | 'charged';
  payment: { mode: 'one_time' | 'installments'; installments: Installment[] };
  penalties: {
    metric: (typeof penaltyMetrics)[number];
    threshold: number;
    deductPercent: number;
    capPercent: number;
  }[];
  rewards: { consecutivePeriods: number; kind: (typeof rewardKinds)[number]; percent: number }[];
  dispute: { steps: DisputeStep[]; venue?: string };
}

export const defaultTerms = (): Terms => ({
  scope: [],
  slaPolicyId: null,
  uptimeTargetPercent: null,
  dataProtection: null,
  upgrades: 'charged',
  payment: { mode: 'one_time', installments: [] },
  penalties: [],
  rewards: [],
  dispute: { steps: [...disputeSteps] },
});

/** Fills what older or partial terms leave out, so editors and views can rely on every key. */
export function normalizeTerms(raw: Record<string, unknown> | undefined | null): Terms {
  const d = defaultTerms();
  const t = (raw ?? {}) as Partial<Terms>;
  return {
    scope: t.scope ?? d.scope,
    slaPolicyId: t.slaPolicyId ?? null,
    uptimeTargetPercent: t.uptimeTargetPercent ?? null,
    dataProtection: t.dataProtection ?? null,
    upgrades: t.upgrades ?? d.upgrades,
    payment: { mode: t.payment?.mode ?? 'one_time', installments: t.payment?.installments ?? [] },
    penalties: t.penalties ?? [],
    rewards: t.rewards ?? [],
    dispute: t.dispute ?? d.dispute,
  };
}

export interface ContractListItem {
  id: string;
  number: string;
  customerId: string;
  customerName: string;
  type: ContractType;
  title: string;
  /** CNY as a decimal string ("128000.00"). */
  amount: string;
  signedDate: string | null;
  startDate: string;
  endDate: string;
  ownerId: string | null;
  ownerName: string | null;
  parentId: string | null;
  state: ContractState;
  terminationReason: string | null;
  termsVersion: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Contract extends ContractListItem {
  terms: Record<string, unknown>;
  approvalId: string | null;
}

export interface ContractPage {
  items: ContractListItem[];
  nextCursor: string | null;
  today: string;
}

export interface ContractFilters {
  type?: ContractType;
  state?: ContractState;
  customerId?: string;
  ownerId?: string;
  expiringWithinDays?: number;
  sort?: ContractSort;
}

export interface ContractInput {
  number: string;
  customerId: string;
  type: ContractType;
  title: string;
  amount: string;
  signedDate: string | null;
  startDate: string;
  endDate: string;
  ownerId?: string;
  parentId: string | null;
  terms: Terms;
}

/** PATCH body: customer and type are fixed; number, amount, dates, parent and terms only while draft. */
export type ContractPatch = Partial<Omit<ContractInput, 'customerId' | 'type'>>;

export interface TermsVersion {
  version: number;
  effectiveFrom: string;
  terms: Record<string, unknown>;
  createdBy: string | null;
  changeRequestId: string | null;
  createdAt: string;
}

export interface ChangeRequest {
  id: string;
  contractId: string;
  reason: string;
  terms: Record<string, unknown>;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  approvalId: string | null;
  resultingVersion: number | null;
  createdBy: string | null;
  createdByName: string;
  createdAt: string;
  decidedAt: string | null;
}

export interface ContractDocument {
  id: string;
  contractId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  uploadedBy: string | null;
  uploadedByName: string;
  createdAt: string;
}

export interface Approval {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  title: string;
  steps: string[];
  currentStep: number;
  currentRole: string | null;
  status: 'pending' | 'approved' | 'rejected' | 'cancelled';
  requestedBy: string | null;
  requestedByName: string;
  decisions: {
    step: number;
    roleKey: string;
    userId: string | null;
    userName: string;
    decision: 'approve' | 'reject';
    comment: string | null;
    at: string;
  }[];
  completedAt: string | null;
  version: number;
  createdAt: string;
}

/** Upload limits of POST /contracts/:id/documents (contracts.documents.ts). */
export const documentExtensions = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg', 'zip'] as const;
export const maxDocumentBytes = 20 * 1024 * 1024;
