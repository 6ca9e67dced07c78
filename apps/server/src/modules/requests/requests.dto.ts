/** Maps request rows to the API shapes of requests.schema.ts (instants as ISO strings). */
import type { RequestRow } from './requests.kernel.js';
import type { ListRow } from './requests.repo.js';
import type { RequestDetail, RequestListItem } from './requests.schema.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toListItem(r: ListRow): RequestListItem {
  return {
    id: r.id,
    number: r.number,
    subject: r.subject,
    customerId: r.customerId,
    customerName: r.customerName,
    severity: r.severity,
    category: r.category,
    channel: r.channel,
    state: r.state,
    stateCategory: r.stateCategory,
    coverage: r.coverage,
    teamId: r.teamId,
    teamName: r.teamName,
    tier: r.tier,
    assigneeId: r.assigneeId,
    assigneeName: r.assigneeName,
    productId: r.productId,
    receivedAt: r.receivedAt.toISOString(),
    responseWarnAt: iso(r.responseWarnAt),
    responseDueAt: iso(r.responseDueAt),
    resolutionWarnAt: iso(r.resolutionWarnAt),
    resolutionDueAt: iso(r.resolutionDueAt),
    pausedAt: iso(r.pausedAt),
    firstResponseAt: iso(r.firstResponseAt),
    resolvedAt: iso(r.resolvedAt),
    responseBreachedAt: iso(r.responseBreachedAt),
    resolutionBreachedAt: iso(r.resolutionBreachedAt),
    responseWarnedAt: iso(r.responseWarnedAt),
    resolutionWarnedAt: iso(r.resolutionWarnedAt),
    updatedAt: r.updatedAt.toISOString(),
    version: r.version,
  };
}

export interface DetailExtras {
  customerName: string;
  teamName: string | null;
  assigneeName: string | null;
  contactName: string | null;
  productName: string | null;
  deploymentEnvironment: string | null;
  fixVersionName: string | null;
  stateNameZh: string;
  stateNameEn: string;
  allowedTransitions: string[];
  relations: RequestDetail['relations'];
}

export function toDetail(row: RequestRow, x: DetailExtras): RequestDetail {
  const { searchVector: _sv, ...r } = row;
  return {
    ...toListItem({
      ...row,
      customerName: x.customerName,
      teamName: x.teamName,
      assigneeName: x.assigneeName,
    }),
    contactId: r.contactId,
    contactName: x.contactName,
    deploymentId: r.deploymentId,
    deploymentName:
      r.deploymentId && x.productName
        ? `${x.productName}${x.deploymentEnvironment ? ` (${x.deploymentEnvironment})` : ''}`
        : null,
    productName: x.productName,
    productVersionId: r.productVersionId,
    description: r.description,
    environment: r.environment,
    reproductionSteps: r.reproductionSteps,
    impactScope: r.impactScope,
    tags: r.tags,
    stateName: { zh: x.stateNameZh, en: x.stateNameEn },
    allowedTransitions: x.allowedTransitions,
    contractId: r.contractId,
    warrantyId: r.warrantyId,
    feeCategory: r.feeCategory,
    entitlement: r.entitlement,
    slaPolicyId: r.slaPolicyId,
    slaPolicyVersion: r.slaPolicyVersion,
    calendarId: r.calendarId,
    responseTargetMinutes: r.responseTargetMinutes,
    resolutionTargetMinutes: r.resolutionTargetMinutes,
    warningPercent: r.warningPercent,
    pausedWorkingSeconds: r.pausedWorkingSeconds,
    nextSlaCheckAt: iso(r.nextSlaCheckAt),
    firstResponseCalendarMinutes: r.firstResponseCalendarMinutes,
    firstResponseWorkingMinutes: r.firstResponseWorkingMinutes,
    responseMet: r.responseMet,
    resolutionCalendarMinutes: r.resolutionCalendarMinutes,
    resolutionWorkingMinutes: r.resolutionWorkingMinutes,
    resolutionMet: r.resolutionMet,
    closedAt: iso(r.closedAt),
    reopenCount: r.reopenCount,
    breachCount: r.breachCount,
    rootCauseCategory: r.rootCauseCategory,
    analysisNotes: r.analysisNotes,
    workaround: r.workaround,
    fixDescription: r.fixDescription,
    fixVersionId: r.fixVersionId,
    fixVersionName: x.fixVersionName,
    verificationStatus: r.verificationStatus,
    verifiedAt: iso(r.verifiedAt),
    verificationNote: r.verificationNote,
    closingCause: r.closingCause,
    closingSolution: r.closingSolution,
    closingPrevention: r.closingPrevention,
    mergedIntoId: r.mergedIntoId,
    imported: r.imported,
    createdBy: r.createdBy,
    createdAt: r.createdAt.toISOString(),
    // Filled by loadDetail, which reads the calendar's loaded years.
    slaProvisionalYears: [],
    relations: x.relations,
  };
}
