/** sla: versioned SLA policies (targets per severity on a business calendar) and the due-time computation. */
export { computeDueTimes, type DueTimes, type PolicyAt, resolvePolicyAt } from './sla.due-times.js';
export { slaRoutes } from './sla.routes.js';
export { getPolicy, listPolicies } from './sla.service.js';
