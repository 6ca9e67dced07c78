/** Shapes of the approvals API (see apps/server/src/modules/approvals/approvals.schema.ts). */

export type ApprovalStatus = 'pending' | 'approved' | 'rejected' | 'cancelled';
export type ApprovalDecision = 'approve' | 'reject';

export interface Decision {
  step: number;
  roleKey: string;
  userId: string | null;
  userName: string;
  decision: ApprovalDecision;
  comment: string | null;
  at: string;
}

export interface Approval {
  id: string;
  kind: string;
  subjectType: string;
  subjectId: string;
  customerId: string | null;
  title: string;
  /** Approver role keys in order. */
  steps: string[];
  currentStep: number;
  currentRole: string | null;
  status: ApprovalStatus;
  requestedBy: string | null;
  requestedByName: string;
  decisions: Decision[];
  completedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
