/** auth: password login, TOTP second factor, sessions, API-token resolution, login throttling and its admin view. */

export { deleteUserSessions } from './auth.repo.js';
export { authRoutes } from './auth.routes.js';
export {
  API_TOKEN_PREFIX,
  login,
  logout,
  resolveApiToken,
  resolveSession,
} from './auth.service.js';
export { THROTTLE } from './auth.throttle.js';
export { removeTotp } from './auth.totp.js';
