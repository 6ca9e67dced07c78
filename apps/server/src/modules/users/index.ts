/** users: staff and portal accounts, their role, teams and preferences. */
export { userRoutes } from './users.routes.js';
export {
  createUser,
  getUser,
  listUserOptions,
  listUsers,
  resetTotp,
  setPassword,
  updateUser,
} from './users.service.js';
