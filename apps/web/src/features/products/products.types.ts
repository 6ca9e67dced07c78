/** Shapes of the products API: aliases of the types generated from openapi.json (api/schema.d.ts). */
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/types';

export type Product = ResponseOf<'getProduct'>;
export type ProductInput = BodyOf<'createProduct'>;
export type ProductSort = NonNullable<QueryOf<'listProducts'>['sort']>;
export type ProductFilters = Pick<QueryOf<'listProducts'>, 'q' | 'active' | 'critical' | 'sort'>;
export type ProductVersion = ItemOf<ResponseOf<'listProductVersions'>>;
export type VersionInput = BodyOf<'createProductVersion'>;

/** The sorts the UI offers; `satisfies` fails the type check when the server's set changes. */
export const productSorts = [
  'name',
  '-name',
  'code',
  '-code',
  'createdAt',
  '-createdAt',
] as const satisfies readonly ProductSort[];
