/**
 * casework: case tracking on service requests — analysis and root cause,
 * workaround and fix, verification, closing summary and knowledge draft,
 * links between requests and merging duplicates.
 */

export { mergeRequest } from './casework.relations.js';
export { caseworkRoutes } from './casework.routes.js';
