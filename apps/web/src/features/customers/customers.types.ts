/** Shapes of the customers API (see apps/server/src/modules/customers/customers.schema.ts). */

export const stages = ['lead', 'prospect', 'customer', 'strategic_partner', 'churned'] as const;
export type Stage = (typeof stages)[number];
export const tiers = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof tiers)[number];
export const scales = ['micro', 'small', 'medium', 'large', 'enterprise'] as const;
export type Scale = (typeof scales)[number];
export const sources = ['referral', 'exhibition', 'web', 'partner', 'cold_call', 'event', 'other'] as const;
export type Source = (typeof sources)[number];
export const contactRoles = [
  'decision_maker',
  'it_admin',
  'key_user',
  'business_owner',
  'finance',
  'other',
] as const;
export type ContactRole = (typeof contactRoles)[number];
export const customerSorts = ['-createdAt', 'createdAt', 'name', '-name', '-updatedAt', 'updatedAt'] as const;
export type CustomerSort = (typeof customerSorts)[number];

export interface Contact {
  id: string;
  customerId: string;
  name: string;
  title: string | null;
  phones: string[];
  email: string | null;
  wechat: string | null;
  projectRole: ContactRole | null;
  portalAccess: boolean;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface Customer {
  id: string;
  name: string;
  creditCode: string | null;
  /** GB/T 4754 section (A–T). */
  industryCode: IndustryCode | null;
  /** Free text from before industry codes that maps to no section. */
  industry: string | null;
  scale: Scale | null;
  /** GB/T 2260 code of the province, city or district. */
  regionCode: string | null;
  /** The region's names ("北京市 海淀区"), or unmapped free text from before codes. */
  region: string | null;
  address: string | null;
  source: Source | null;
  stage: Stage;
  tier: Tier;
  ownerId: string | null;
  ownerName: string | null;
  teamId: string | null;
  teamName: string | null;
  teamNameEn: string | null;
  tags: string[];
  notes: string | null;
  contactCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface CustomerDetail extends Customer {
  contacts: Contact[];
}

/** The editable customer fields, as the form holds them. */
export interface CustomerInput {
  name: string;
  creditCode?: string | null;
  industryCode?: IndustryCode | null;
  scale?: Scale | null;
  regionCode?: string | null;
  address?: string | null;
  source?: Source | null;
  stage?: Stage;
  tier?: Tier;
  ownerId?: string | null;
  teamId?: string | null;
  tags?: string[];
  notes?: string | null;
}
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
];

export interface ContactInput {
  name: string;
  title?: string | null;
  phones?: string[];
  email?: string | null;
  wechat?: string | null;
  projectRole?: ContactRole | null;
  portalAccess?: boolean;
  notes?: string | null;
}
export const contactFields = [
  'name',
  'title',
  'phones',
  'email',
  'wechat',
  'projectRole',
  'portalAccess',
  'notes',
];

export interface DuplicateMatch {
  /** null when the match is outside the caller's data scope: it exists, but nothing else is shown. */
  id: string | null;
  name: string | null;
  /** similar_name: the same name once place, legal form and business words are dropped (see score). */
  reason: 'credit_code' | 'name' | 'similar_name' | 'phone';
  /** How alike the names are (0–1) for similar_name; 1 otherwise. */
  score: number;
  inScope: boolean;
  ownerName: string | null;
}

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

export interface Facets {
  tags: string[];
}

/** GB/T 4754-2017 sections (门类). */
export const industryCodes = 'ABCDEFGHIJKLMNOPQRST'.split('') as IndustryCode[];
// biome-ignore format: one line per alphabet reads better than twenty
export type IndustryCode = 'A' | 'B' | 'C' | 'D' | 'E' | 'F' | 'G' | 'H' | 'I' | 'J' | 'K' | 'L' | 'M' | 'N' | 'O' | 'P' | 'Q' | 'R' | 'S' | 'T';

/** A GB/T 2260 division of the region picker. */
export interface RegionNode {
  code: string;
  name: string;
  children?: RegionNode[];
}

/** GET /customers/reference: the region tree and the industry sections. */
export interface CustomerReference {
  regions: RegionNode[];
  industries: { code: IndustryCode; nameZh: string; nameEn: string }[];
}

export interface TimelineEntry {
  id: number;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface ImportReport {
  id: string;
  fileName: string;
  status: 'validating' | 'validated' | 'importing' | 'done' | 'failed';
  totalRows: number;
  processedRows: number;
  errors: { row: number; path: (string | number)[]; message: string }[];
  duplicates: { row: number; matches: DuplicateMatch[] }[];
  /** Region or industry text that maps to no code; imported as free text. */
  unmapped: { row: number; field: 'region' | 'industry'; value: string }[];
  error: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface UserOption {
  id: string;
  username: string;
  displayName: string;
  teamIds?: string[];
}

export interface TeamRef {
  id: string;
  key: string;
  nameZh: string;
  nameEn: string;
  kind: string;
}
