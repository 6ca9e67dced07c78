/**
 * routing: queues per service team and tier, agent availability, assignment
 * (by hand, round-robin, least-loaded) and escalation (by hand and at an SLA
 * breach). The intake calls `routeNewRequest`; the SLA sweep calls
 * `escalateAutomatically`.
 */
export { assignRequest, pickAssignee, type RouteOptions, routeNewRequest } from './routing.assign.js';
export { escalateAutomatically, escalateRequest, TOP_TIER } from './routing.escalate.js';
export { getMyAvailability, listQueues, setAvailability, setQueueMode } from './routing.queues.js';
export { serviceManagerIds, teamLeadId } from './routing.repo.js';
export { routingRoutes } from './routing.routes.js';
