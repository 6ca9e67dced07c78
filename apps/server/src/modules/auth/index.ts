/** auth: password login, sessions, API-token resolution, login throttling. */

export { deleteUserSessions } from './auth.repo.js';
export { authRoutes } from './auth.routes.js';
export {
  API_TOKEN_PREFIX,
  login,
  logout,
  resolveApiToken,
  resolveSession,
  THROTTLE,
} from './auth.service.js';
