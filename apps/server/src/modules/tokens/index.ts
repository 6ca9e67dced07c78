/** tokens: API tokens for integrations (Authorization: Bearer act_...). */
export { tokenRoutes } from './tokens.routes.js';
export { createToken, listTokens, revokeAllUserTokens, revokeToken } from './tokens.service.js';
