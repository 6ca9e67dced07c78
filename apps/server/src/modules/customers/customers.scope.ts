/**
 * The `queue` data scope of service staff (SPEC §1: "service staff see customers
 * of their queues"): the customers with a request in one of the user's teams'
 * queues, or with a contract owned by someone in one of their teams (contracts
 * name an owner, not a serving team, so the owner's teams stand for it), plus the
 * customers they own. A user in no team sees only their own. Reads the requests
 * and contracts tables (never writes them), as the scope must be one SQL
 * condition on `customers` that every module's query can embed.
 */
import { inArray, type SQL, sql } from 'drizzle-orm';
import { contracts } from '../../db/schema/contracts.js';
import { customers } from '../../db/schema/customers.js';
import { userTeams } from '../../db/schema/identity.js';
import { serviceRequests } from '../../db/schema/requests.js';
import type { Actor } from '../../platform/access.js';

export function queueScopeCondition(actor: Actor): SQL {
  const own = sql`${customers.ownerId} = ${actor.userId}`;
  if (!actor.teamIds.length) return own;
  const teamIds = [...actor.teamIds];
  const inQueue = sql`${customers.id} in (select ${serviceRequests.customerId} from ${serviceRequests} where ${inArray(serviceRequests.teamId, teamIds)})`;
  const contractOfTeam = sql`exists (select 1 from ${contracts} join ${userTeams} on ${userTeams.userId} = ${contracts.ownerId} where ${contracts.customerId} = ${customers.id} and ${inArray(userTeams.teamId, teamIds)})`;
  return sql`(${own} or ${inQueue} or ${contractOfTeam})`;
}
