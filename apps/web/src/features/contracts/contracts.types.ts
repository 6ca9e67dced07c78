/**
 * Shapes of the contracts API: aliases of the types generated from openapi.json
 * (api/schema.d.ts); the option lists the UI offers must satisfy them.
 */
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/types';

export const contractTypes = [
  'implementation',
  'maintenance',
  'uat',
  'memorandum',
] as const satisfies readonly Contract['type'][];
export type ContractType = (typeof contractTypes)[number];

export const contractStates = [
  'draft',
  'in_review',
  'active',
  'expiring',
  'expired',
  'renewed',
  'terminated',
] as const satisfies readonly Contract['state'][];
export type ContractState = (typeof contractStates)[number];

export const contractSorts = [
  '-createdAt',
  'endDate',
  '-endDate',
  'number',
] as const satisfies readonly NonNullable<QueryOf<'listContracts'>['sort']>[];
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
] as const satisfies readonly ScopeItem['type'][];
export type ScopeItemType = (typeof scopeItemTypes)[number];

export const frequencies = [
  'weekly',
  'monthly',
  'quarterly',
  'half_yearly',
  'yearly',
  'on_demand',
] as const satisfies readonly NonNullable<ScopeItem['frequency']>[];
export type Frequency = (typeof frequencies)[number];

export const backupFrequencies = ['hourly', 'daily', 'weekly', 'monthly'] as const;
export const penaltyMetrics = ['response_rate', 'resolution_rate', 'uptime'] as const;
export const rewardKinds = ['renewal_discount', 'bonus'] as const;
export const disputeSteps = ['negotiation', 'mediation', 'arbitration', 'court'] as const;
export type DisputeStep = (typeof disputeSteps)[number];

type TermsBody = NonNullable<BodyOf<'createContract'>['terms']>;
/** Terms with every key the server defaults filled in (normalizeTerms), so editors and views can rely on them. */
export type Terms = Required<TermsBody> & {
  payment: Required<NonNullable<TermsBody['payment']>>;
  dispute: NonNullable<TermsBody['dispute']>;
};
export type ScopeItem = Terms['scope'][number];
export type Installment = Terms['payment']['installments'][number];
export type ContractPage = ResponseOf<'listContracts'>;
export type ContractListItem = ItemOf<ContractPage>;
export type Contract = ResponseOf<'getContract'>;
export type ContractFilters = Pick<
  QueryOf<'listContracts'>,
  'type' | 'state' | 'customerId' | 'ownerId' | 'expiringWithinDays' | 'sort'
>;
/** The create body as the form holds it: terms normalized (still a valid body). */
export type ContractInput = Omit<BodyOf<'createContract'>, 'terms'> & { terms: Terms };
/** PATCH body: customer and type are fixed; number, amount, dates, parent and terms only while draft. */
export type ContractPatch = BodyOf<'updateContract'>;
export type TermsVersion = ResponseOf<'getContractTermsVersion'>;
export type ChangeRequest = ItemOf<ResponseOf<'listChangeRequests'>>;
export type ContractDocument = ItemOf<ResponseOf<'listContractDocuments'>>;
export type { Approval } from '../approvals/approvals.types';

export const defaultTerms = (): Terms => ({
  scope: [],
  coveredProducts: [],
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
    // Kept as read: the editor has no field for it yet, and dropping it would erase it on save.
    coveredProducts: t.coveredProducts ?? [],
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

/** Upload limits of POST /contracts/:id/documents (contracts.documents.ts). */
export const documentExtensions = ['pdf', 'docx', 'xlsx', 'png', 'jpg', 'jpeg', 'zip'] as const;
export const maxDocumentBytes = 20 * 1024 * 1024;
