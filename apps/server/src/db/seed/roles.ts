/**
 * The seeded system roles (SPEC §1) and teams (SPEC §1 service groups, plus
 * sales teams). Roles stay editable data; these are the starting point.
 */

import { type Permission, permissions } from '../../platform/permissions.js';
import type { DataScope, TeamKind } from '../schema/identity.js';

export interface RoleSeed {
  key: string;
  nameZh: string;
  nameEn: string;
  dataScope: DataScope;
  permissions: Permission[];
}

/** Every staff role reads SLA policies and calendars (targets shape their work) and has an in-app inbox. */
const read: Permission[] = ['customers:read', 'tokens:own', 'sla:read', 'notifications:own'];
const write: Permission[] = [...read, 'customers:write', 'contacts:write', 'customers:export'];
/** Products, deployments and warranties, read-only: every staff role needs them to serve customers. */
const installed: Permission[] = ['products:read', 'deployments:read', 'warranties:read'];
/** Service staff read contracts and check entitlements at intake (SPEC §5). */
const serviceContracts: Permission[] = ['contracts:read', 'entitlements:check'];
/** Contract approvers (review steps and change requests, contracts.lifecycle.ts). */
const approveContracts: Permission[] = ['contracts:read', 'contracts:approve'];
/** Staff who read the service desk (internal notes included: they are the vendor's own staff). */
const watchRequests: Permission[] = ['requests:read', 'requests:internal'];
/** Staff who work requests: intake, replies, notes, state changes, assignment and escalation. */
const workRequests: Permission[] = [
  ...watchRequests,
  'requests:create',
  'requests:reply',
  'requests:update',
  'requests:assign',
];

export const systemRoles: RoleSeed[] = [
  {
    key: 'admin',
    nameZh: '系统管理员',
    nameEn: 'Administrator',
    dataScope: 'all',
    permissions: [...permissions].filter((p) => p !== 'portal:access'),
  },
  {
    key: 'service_manager',
    nameZh: '售后经理',
    nameEn: 'Service manager',
    dataScope: 'all',
    permissions: [
      ...workRequests,
      'requests:import',
      'service_desk:manage',
      ...write,
      'customers:import',
      'users:read',
      'audit:read',
      ...installed,
      'products:manage',
      'deployments:write',
      'warranties:write',
      'sla:manage',
      ...approveContracts,
      'entitlements:check',
    ],
  },
  {
    key: 'agent',
    nameZh: '客服专员',
    nameEn: 'Service agent',
    dataScope: 'all',
    permissions: [
      ...workRequests,
      ...read,
      'contacts:write',
      'users:read',
      ...installed,
      ...serviceContracts,
    ],
  },
  {
    key: 'engineer',
    nameZh: '技术支持工程师',
    nameEn: 'Support engineer',
    // Service staff see the customers of their queues (SPEC §1); tier-1 agents keep 'all' for phone calls.
    dataScope: 'queue',
    permissions: [
      ...workRequests,
      ...read,
      'users:read',
      ...installed,
      'deployments:write',
      ...serviceContracts,
    ],
  },
  {
    key: 'expert',
    nameZh: '研发专家',
    nameEn: 'Expert',
    dataScope: 'queue',
    permissions: [...workRequests, ...read, 'users:read', ...installed, ...serviceContracts],
  },
  {
    key: 'tester',
    nameZh: '测试人员',
    nameEn: 'Tester',
    dataScope: 'all',
    permissions: [
      ...watchRequests,
      'requests:reply',
      'requests:update',
      ...read,
      ...installed,
      ...serviceContracts,
    ],
  },
  {
    key: 'consultant',
    nameZh: '咨询顾问',
    nameEn: 'Consultant',
    dataScope: 'team',
    permissions: [...workRequests, ...read, 'contacts:write', ...installed, ...serviceContracts],
  },
  {
    key: 'consulting_director',
    nameZh: '咨询总监',
    nameEn: 'Consulting director',
    dataScope: 'all',
    permissions: [...watchRequests, ...write, 'users:read', ...installed, ...approveContracts],
  },
  {
    key: 'technical_director',
    nameZh: '技术总监',
    nameEn: 'Technical director',
    dataScope: 'all',
    permissions: [
      ...watchRequests,
      ...read,
      'users:read',
      ...installed,
      'products:manage',
      ...approveContracts,
    ],
  },
  {
    key: 'sales_director',
    nameZh: '销售总监',
    nameEn: 'Sales director',
    dataScope: 'all',
    permissions: [
      ...watchRequests,
      ...write,
      'customers:delete',
      'customers:import',
      'users:read',
      ...installed,
      'warranties:write',
      ...approveContracts,
      'contracts:write',
    ],
  },
  {
    key: 'sales_rep',
    nameZh: '销售',
    nameEn: 'Sales representative',
    dataScope: 'team',
    permissions: [
      ...watchRequests,
      ...write,
      'customers:import',
      ...installed,
      'contracts:read',
      'contracts:write',
    ],
  },
  {
    key: 'finance',
    nameZh: '财务',
    nameEn: 'Finance',
    dataScope: 'all',
    permissions: [...watchRequests, ...read, 'customers:export', ...installed, ...approveContracts],
  },
  {
    key: 'executive',
    nameZh: '总经理',
    nameEn: 'Executive',
    dataScope: 'all',
    permissions: [
      ...watchRequests,
      ...read,
      'customers:export',
      'users:read',
      'audit:read',
      ...installed,
      ...approveContracts,
    ],
  },
  {
    key: 'customer_contact',
    nameZh: '客户联系人',
    nameEn: 'Customer contact',
    dataScope: 'organisation',
    permissions: [
      'requests:read',
      'requests:create',
      'requests:reply',
      'customers:read',
      'portal:access',
      'deployments:read',
      'warranties:read',
      'notifications:own',
      'contracts:read',
    ],
  },
];

export interface TeamSeed {
  key: string;
  nameZh: string;
  nameEn: string;
  kind: TeamKind;
  tier: number | null;
}

export const systemTeams: TeamSeed[] = [
  {
    key: 'customer_service',
    nameZh: '客户服务组',
    nameEn: 'Customer service group',
    kind: 'service',
    tier: 1,
  },
  {
    key: 'technical_support',
    nameZh: '技术支持组',
    nameEn: 'Technical support group',
    kind: 'service',
    tier: 2,
  },
  { key: 'product_support', nameZh: '产品支持组', nameEn: 'Product support group', kind: 'service', tier: 3 },
  {
    key: 'market_research',
    nameZh: '市场调研组',
    nameEn: 'Market research group',
    kind: 'other',
    tier: null,
  },
  { key: 'sales_north', nameZh: '华北销售组', nameEn: 'Sales North', kind: 'sales', tier: null },
  { key: 'sales_east', nameZh: '华东销售组', nameEn: 'Sales East', kind: 'sales', tier: null },
  { key: 'sales_south', nameZh: '华南销售组', nameEn: 'Sales South', kind: 'sales', tier: null },
];

/**
 * The scope the seed gave a role before roles.seeded_data_scope recorded it, where a release has changed it
 * since: engineers and experts had 'all' before the 'queue' scope existed. Existing databases move to the new
 * scope only where the role still has this one (db/seed/base.ts).
 */
export const earlierSeededScopes: Readonly<Record<string, DataScope>> = { engineer: 'all', expert: 'all' };
