/** roles: permission sets with a data scope; seeded system roles plus admin-made ones. */
export { holderIds as permissionHolderIds } from './roles.repo.js';
export { roleRoutes } from './roles.routes.js';
export { createRole, deleteRole, listRoles, updateRole } from './roles.service.js';
