/** Shapes of the approvals API: aliases of the types generated from openapi.json (api/schema.d.ts). */
import type { BodyOf, ResponseOf } from '../../api/types';

export type Approval = ResponseOf<'getApproval'>;
export type ApprovalStatus = Approval['status'];
export type Decision = Approval['decisions'][number];
export type ApprovalDecision = BodyOf<'decideApproval'>['decision'];
