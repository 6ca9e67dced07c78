/** sla: versioned SLA policies (targets per severity, each on its own calendar if it says so) and the due-time computation. */
export {
  computeDueTimes,
  type DueTimes,
  type PolicyAt,
  resolvePolicyAt,
  type TargetCalendars,
  targetCalendars,
} from './sla.due-times.js';
export { slaRoutes } from './sla.routes.js';
export { getPolicy, listPolicies } from './sla.service.js';
