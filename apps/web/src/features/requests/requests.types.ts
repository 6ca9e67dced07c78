/** Shapes of the service desk API (.tmp/SERVICE-DESK.md; server: modules/requests, timeline, casework, routing). */
import type { Page } from '../../api/client';
import type { RequestCategory } from '../entitlements/entitlements.api';

export const severities = ['L1', 'L2', 'L3', 'L4'] as const;
export type Severity = (typeof severities)[number];
export const channels = ['portal', 'phone', 'email', 'chat', 'api'] as const;
export type Channel = (typeof channels)[number];
export const stateCategories = ['new', 'open', 'pending', 'resolved', 'closed'] as const;
export type StateCategory = (typeof stateCategories)[number];
export const coverages = ['contract', 'warranty', 'billable'] as const;
export type Coverage = (typeof coverages)[number];
export const views = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'waiting', 'all'] as const;
export type View = (typeof views)[number];
export const sorts = ['due', 'received', 'updated', 'severity', 'number'] as const;
export type Sort = (typeof sorts)[number];
export const rootCauseCategories = [
  'defect',
  'configuration',
  'hardware',
  'usage',
  'environment',
  'other',
] as const;
export const verificationStatuses = ['pending', 'confirmed', 'rejected'] as const;
export const relationKinds = ['duplicate_of', 'caused_by', 'related'] as const;
export type RelationKind = (typeof relationKinds)[number];

/** The fields the SLA countdowns read; list items and the detail both carry them. */
export interface SlaFields {
  receivedAt: string;
  responseWarnAt: string | null;
  responseDueAt: string | null;
  resolutionWarnAt: string | null;
  resolutionDueAt: string | null;
  pausedAt: string | null;
  firstResponseAt: string | null;
  resolvedAt: string | null;
  responseBreachedAt: string | null;
  resolutionBreachedAt: string | null;
  responseWarnedAt: string | null;
  resolutionWarnedAt: string | null;
  responseMet?: boolean | null;
  resolutionMet?: boolean | null;
  stateCategory: StateCategory;
}

export interface RequestListItem extends SlaFields {
  id: string;
  number: string;
  subject: string;
  customerId: string;
  customerName: string;
  severity: Severity;
  category: RequestCategory;
  channel: Channel;
  state: string;
  coverage: Coverage;
  teamId: string | null;
  teamName: string | null;
  tier: number;
  assigneeId: string | null;
  assigneeName: string | null;
  productId: string | null;
  updatedAt: string;
  version: number;
}

export interface LocalizedName {
  zh: string;
  en: string;
}

/** A relation seen from one request: `requestId` is the OTHER request. */
export interface RelationRef {
  requestId: string;
  number: string;
  subject: string;
  kind: RelationKind;
  /** outgoing: this request is <kind> the other; incoming: the other is <kind> this one. */
  direction: 'outgoing' | 'incoming';
}

export interface RequestDetail extends RequestListItem {
  contactId: string | null;
  contactName: string | null;
  deploymentId: string | null;
  deploymentName?: string | null;
  productName: string | null;
  productVersionId: string | null;
  description: string;
  environment: string | null;
  reproductionSteps: string | null;
  impactScope: string | null;
  tags: string[];
  contractId: string | null;
  contractNumber?: string | null;
  warrantyId: string | null;
  feeCategory: string | null;
  entitlement: Record<string, unknown>;
  slaPolicyId: string | null;
  slaPolicyVersion: number | null;
  calendarId: string | null;
  responseTargetMinutes: number | null;
  resolutionTargetMinutes: number | null;
  warningPercent: number;
  /** Years the due times run into whose holidays the calendar has not loaded: the due times are provisional. */
  slaProvisionalYears: number[];
  pausedWorkingSeconds: number;
  firstResponseCalendarMinutes: number | null;
  firstResponseWorkingMinutes: number | null;
  resolutionCalendarMinutes: number | null;
  resolutionWorkingMinutes: number | null;
  closedAt: string | null;
  reopenCount: number;
  breachCount: number;
  rootCauseCategory: string | null;
  analysisNotes: string | null;
  workaround: string | null;
  fixDescription: string | null;
  fixVersionId: string | null;
  fixVersionName: string | null;
  verificationStatus: string | null;
  verifiedAt: string | null;
  verificationNote: string | null;
  closingCause: string | null;
  closingSolution: string | null;
  closingPrevention: string | null;
  mergedIntoId: string | null;
  imported: boolean;
  createdAt: string;
  stateName: LocalizedName;
  allowedTransitions: string[];
  relations: RelationRef[];
}

export interface RequestFilters {
  view?: View;
  customerId?: string;
  severity?: string;
  category?: string;
  state?: string;
  stateCategory?: string;
  assigneeId?: string;
  teamId?: string;
  productId?: string;
  coverage?: string;
  channel?: string;
  receivedFrom?: string;
  receivedTo?: string;
  q?: string;
  sort?: Sort;
  order?: 'asc' | 'desc';
}

export type RequestPage = Page<RequestListItem>;

export interface RequestInput {
  customerId: string;
  contactId?: string;
  deploymentId?: string;
  productId?: string;
  productVersionId?: string;
  channel: Channel;
  category: RequestCategory;
  severity: Severity;
  subject: string;
  description?: string;
  environment?: string;
  reproductionSteps?: string;
  impactScope?: string;
  tags?: string[];
}

export interface RequestState {
  key: string;
  category: StateCategory;
  nameZh: string;
  nameEn: string;
  position: number;
  builtin: boolean;
}

export interface Transition {
  from: string;
  to: string;
}

export interface StatesAndTransitions {
  states: RequestState[];
  transitions: Transition[];
}

export interface SavedView {
  id: string;
  name: string;
  filters: Record<string, unknown>;
  createdAt: string;
}

export interface AttachmentRef {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  visibility: 'public' | 'internal';
  createdAt: string;
  uploadedByName?: string | null;
}

export interface TimelineEntry {
  id: number | string;
  kind: 'reply' | 'note' | 'event';
  visibility: 'public' | 'internal';
  authorId: string | null;
  authorName?: string | null;
  body: string;
  event: string | null;
  data: Record<string, unknown>;
  automatic: boolean;
  createdAt: string;
  attachments?: AttachmentRef[];
}

export interface TimeEntry {
  id: string;
  userId: string;
  userName?: string | null;
  minutes: number;
  billable: boolean;
  note: string | null;
  workDate: string;
  createdAt: string;
}

export interface TimeEntryList {
  items: TimeEntry[];
  totals: { minutes: number; billableMinutes: number; coveredMinutes: number };
}

export interface AnalysisInput {
  rootCauseCategory?: string | null;
  analysisNotes?: string | null;
  workaround?: string | null;
  fixDescription?: string | null;
  fixVersionId?: string | null;
  verificationStatus?: string | null;
  verificationNote?: string | null;
  closingCause?: string | null;
  closingSolution?: string | null;
  closingPrevention?: string | null;
}

/** One row of the historical import report (requests.import.ts importResult). */
export interface ImportRowResult {
  index: number;
  ok: boolean;
  id: string | null;
  number: string | null;
  coverage: string | null;
  responseDueAt: string | null;
  resolutionDueAt: string | null;
  responseBreached: boolean;
  resolutionBreached: boolean;
  errors: { path: (string | number)[]; message: string }[];
}

export interface ImportResult {
  dryRun: boolean;
  imported: number;
  rows: ImportRowResult[];
}

/** GET /requests/counts: open requests per console tab; a count equal to `cap` means "cap or more". */
export type RequestCounts = Record<Exclude<View, 'all'>, number> & { cap: number | null };

/** POST /requests/bulk: one action on the selected rows (each with the version the console showed). */
export type BulkAction = { items: { id: string; version: number }[] } & (
  | { action: 'assign'; assigneeId?: string | null; teamId?: string }
  | { action: 'transition'; to: string; note?: string }
  | { action: 'tag'; tag: string }
  | { action: 'merge'; intoId: string }
);

export interface BulkRowResult {
  id: string;
  ok: boolean;
  version: number | null;
  /** Why the row failed: precondition_failed (stale), invalid_state, not_found, validation… */
  code: string | null;
  message: string | null;
}

export interface BulkResult {
  results: BulkRowResult[];
  succeeded: number;
  failed: number;
}
