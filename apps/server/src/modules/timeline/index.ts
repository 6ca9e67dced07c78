/**
 * timeline: what happens on a service request — public replies, internal
 * notes, acknowledgements, attachments and time entries. Customer roles see
 * the public part only. Intake calls `autoAcknowledge` in its transaction.
 */

export { timelineRoutes } from './timeline.routes.js';
export { sanitizeBody } from './timeline.sanitize.js';
export { autoAcknowledge, publicOnly } from './timeline.service.js';
