/**
 * Shapes of the service desk API (server: modules/requests, timeline, casework,
 * routing): aliases of the types generated from openapi.json (api/schema.d.ts);
 * the option lists the UI offers must satisfy them.
 */
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/types';

export type RequestPage = ResponseOf<'listRequests'>;
export type RequestListItem = ItemOf<RequestPage>;
export type RequestDetail = ResponseOf<'getRequestDetail'>;
export type Severity = RequestListItem['severity'];
export type Channel = RequestListItem['channel'];
export type StateCategory = RequestListItem['stateCategory'];
export type Coverage = RequestListItem['coverage'];
type ListQuery = QueryOf<'listRequests'>;
export type View = NonNullable<ListQuery['view']>;
export type Sort = NonNullable<ListQuery['sort']>;
/** The fields the SLA countdowns read; list items and the detail both carry them. */
export type SlaFields = Pick<
  RequestListItem,
  | 'receivedAt'
  | 'responseWarnAt'
  | 'responseDueAt'
  | 'resolutionWarnAt'
  | 'resolutionDueAt'
  | 'pausedAt'
  | 'firstResponseAt'
  | 'resolvedAt'
  | 'responseBreachedAt'
  | 'resolutionBreachedAt'
  | 'responseWarnedAt'
  | 'resolutionWarnedAt'
  | 'stateCategory'
> &
  Partial<Pick<RequestDetail, 'responseMet' | 'resolutionMet'>>;
export type LocalizedName = RequestDetail['stateName'];
/** A relation seen from one request: `requestId` is the OTHER request. */
export type RelationRef = RequestDetail['relations'][number];
export type RelationKind = RelationRef['kind'];
/** The list query as the console's filter bar holds it: one value per filter (the API also takes lists). */
export type RequestFilters = {
  [K in Exclude<keyof ListQuery, 'cursor' | 'limit'>]?: Exclude<ListQuery[K], unknown[]>;
};
export type RequestInput = BodyOf<'receiveRequest'>;
export type StatesAndTransitions = ResponseOf<'listRequestStates'>;
export type RequestState = StatesAndTransitions['states'][number];
export type Transition = StatesAndTransitions['transitions'][number];
export type SavedView = ItemOf<ResponseOf<'listSavedViews'>>;
export type TimelineEntry = ItemOf<ResponseOf<'listRequestTimeline'>>;
export type AttachmentRef = ItemOf<ResponseOf<'listRequestAttachments'>>;
export type TimeEntryList = ResponseOf<'listTimeEntries'>;
export type TimeEntry = ItemOf<TimeEntryList>;
export type AnalysisInput = BodyOf<'updateAnalysis'>;
/** The historical import report (requests.import.ts importResult). */
export type ImportResult = ResponseOf<'importRequests'>;
export type ImportRowResult = ImportResult['rows'][number];
/** GET /requests/counts: open requests per console tab; a count equal to `cap` means "cap or more". */
export type RequestCounts = ResponseOf<'countRequestViews'>;
/** POST /requests/bulk: one action on the selected rows (each with the version the console showed). */
export type BulkAction = BodyOf<'bulkUpdateRequests'>;
export type BulkResult = ResponseOf<'bulkUpdateRequests'>;
export type BulkRowResult = BulkResult['results'][number];

export const severities = ['L1', 'L2', 'L3', 'L4'] as const satisfies readonly Severity[];
export const channels = ['portal', 'phone', 'email', 'chat', 'api'] as const satisfies readonly Channel[];
export const stateCategories = [
  'new',
  'open',
  'pending',
  'resolved',
  'closed',
] as const satisfies readonly StateCategory[];
export const coverages = ['contract', 'warranty', 'billable'] as const satisfies readonly Coverage[];
export const views = [
  'mine',
  'team',
  'unassigned',
  'at_risk',
  'breached',
  'waiting',
  'all',
] as const satisfies readonly View[];
export const sorts = ['due', 'received', 'updated', 'severity', 'number'] as const satisfies readonly Sort[];
export const rootCauseCategories = [
  'defect',
  'configuration',
  'hardware',
  'usage',
  'environment',
  'other',
] as const satisfies readonly NonNullable<AnalysisInput['rootCauseCategory']>[];
export const verificationStatuses = [
  'pending',
  'confirmed',
  'rejected',
] as const satisfies readonly NonNullable<AnalysisInput['verificationStatus']>[];
export const relationKinds = [
  'duplicate_of',
  'caused_by',
  'related',
] as const satisfies readonly RelationKind[];
