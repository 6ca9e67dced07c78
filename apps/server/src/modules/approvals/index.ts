/**
 * Approvals module: the generic approval engine (ordered role steps,
 * decisions, a per-kind completion handler run in the deciding transaction).
 * Other modules use it only through this file.
 */
export { approvalRoutes } from './approvals.routes.js';
export type { ApprovalDto } from './approvals.schema.js';
export {
  type ApprovalKindHandler,
  type ApprovalOutcome,
  type ApprovalRow,
  cancelApproval,
  latestApprovalFor,
  openApproval,
  registerApprovalKind,
} from './approvals.service.js';
