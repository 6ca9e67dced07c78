/** teams: service groups and sales teams, and who belongs to them. */
export { teamRoutes } from './teams.routes.js';
export { createTeam, listMembers, listTeams, setMembers, updateTeam } from './teams.service.js';
