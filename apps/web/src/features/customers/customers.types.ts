/**
 * Shapes of the customers API: aliases of the types generated from openapi.json
 * (api/schema.d.ts); the option lists the UI offers must satisfy them.
 */
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from '../../api/types';

export type CustomerDetail = ResponseOf<'getCustomer'>;
export type Customer = ItemOf<ResponseOf<'listCustomers'>>;
export type Contact = CustomerDetail['contacts'][number];
export type Stage = Customer['stage'];
export type Tier = Customer['tier'];
export type Scale = NonNullable<Customer['scale']>;
export type Source = NonNullable<Customer['source']>;
export type ContactRole = NonNullable<Contact['projectRole']>;
/** GB/T 4754 section (A–T). */
export type IndustryCode = NonNullable<Customer['industryCode']>;
type ListQuery = QueryOf<'listCustomers'>;
export type CustomerSort = NonNullable<ListQuery['sort']>;
/** The editable customer fields, as the form holds them. */
export type CustomerInput = BodyOf<'createCustomer'>;
export type ContactInput = BodyOf<'createContact'>;
export type DuplicateMatch = ResponseOf<'checkCustomerDuplicates'>['matches'][number];
/** The filters as the list page holds them; multi-value filters are sent comma-joined (filterQuery). */
export interface CustomerFilters {
  q?: string;
  stage?: Stage[];
  tier?: Tier[];
  industryCode?: IndustryCode;
  /** A province or city: customers anywhere inside it. */
  regionCode?: string;
  ownerId?: string;
  teamId?: string;
  tag?: string[];
  sort?: CustomerSort;
}
export type Facets = ResponseOf<'getCustomerFacets'>;
/** GET /customers/reference: the region tree and the industry sections. */
export type CustomerReference = ResponseOf<'getCustomerReference'>;
/** A GB/T 2260 division of the region picker (province → city → district). */
export type RegionNode = CustomerReference['regions'][number];
export type TimelineEntry = ItemOf<ResponseOf<'getCustomerTimeline'>>;
export type ImportReport = ResponseOf<'getCustomerImport'>;
export type UserOption = ItemOf<ResponseOf<'listUserOptions'>>;
export type TeamRef = ItemOf<ResponseOf<'listTeams'>>;

export const stages = [
  'lead',
  'prospect',
  'customer',
  'strategic_partner',
  'churned',
] as const satisfies readonly Stage[];
export const tiers = ['A', 'B', 'C', 'D'] as const satisfies readonly Tier[];
export const scales = ['micro', 'small', 'medium', 'large', 'enterprise'] as const satisfies readonly Scale[];
export const sources = [
  'referral',
  'exhibition',
  'web',
  'partner',
  'cold_call',
  'event',
  'other',
] as const satisfies readonly Source[];
export const contactRoles = [
  'decision_maker',
  'it_admin',
  'key_user',
  'business_owner',
  'finance',
  'other',
] as const satisfies readonly ContactRole[];
export const customerSorts = [
  '-createdAt',
  'createdAt',
  'name',
  '-name',
  '-updatedAt',
  'updatedAt',
] as const satisfies readonly CustomerSort[];
/** GB/T 4754-2017 sections (门类). */
export const industryCodes = 'ABCDEFGHIJKLMNOPQRST'.split('') as IndustryCode[];

export const customerFields = [
  'name',
  'creditCode',
  'industryCode',
  'scale',
  'regionCode',
  'address',
  'source',
  'stage',
  'tier',
  'ownerId',
  'teamId',
  'tags',
  'notes',
] satisfies (keyof CustomerInput)[];
export const contactFields = [
  'name',
  'title',
  'phones',
  'email',
  'wechat',
  'projectRole',
  'portalAccess',
  'notes',
] satisfies (keyof ContactInput)[];
