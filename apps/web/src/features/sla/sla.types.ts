/** Shapes of the SLA policies API: aliases of the types generated from openapi.json (api/schema.d.ts). */
import type { BodyOf, ItemOf, ResponseOf } from '../../api/types';

export type Policy = ItemOf<ResponseOf<'listSlaPolicies'>>;
export type PolicyVersion = ResponseOf<'getSlaPolicyVersion'>;
export type PolicyInput = BodyOf<'createSlaPolicy'>;
export type Targets = PolicyVersion['targets'];
export type Severity = keyof Targets;
/** Working minutes; null = no target ("as agreed"). */
export type Target = Targets[Severity];

export const severities = ['L1', 'L2', 'L3', 'L4'] as const satisfies readonly Severity[];
