/**
 * Names for the generated API types (schema.d.ts, from openapi.json), by
 * operationId: features alias these instead of writing the shapes by hand, so
 * a server change that breaks the web fails `tsc -p apps/web`.
 *   type Customer = ResponseOf<'getCustomer'>;
 */
import type { operations } from './schema';

export type OperationId = keyof operations;

/** Not `never` on a miss: never fits everywhere, so a wrong alias would type-check silently. */
type NoJson = { 'no application/json body here': true };
type JsonOf<T> = T extends { content: { 'application/json': infer J } } ? J : NoJson;

/** The JSON body an operation answers with (status 200 unless said otherwise). */
export type ResponseOf<Op extends OperationId, Status extends number = 200> = JsonOf<
  operations[Op]['responses'][Status & keyof operations[Op]['responses']]
>;

/** The JSON body an operation accepts. */
export type BodyOf<Op extends OperationId> = JsonOf<NonNullable<operations[Op]['requestBody']>>;

/** The query parameters an operation accepts. */
export type QueryOf<Op extends OperationId> = NonNullable<operations[Op]['parameters']['query']>;

/** The element of a list (or of a page's `items`). */
export type ItemOf<T> = T extends { items: (infer I)[] } ? I : T extends (infer I)[] ? I : NoJson;
