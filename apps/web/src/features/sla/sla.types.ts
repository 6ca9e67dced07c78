/** Shapes of the SLA policies API (see apps/server/src/modules/sla/sla.schema.ts). */

export const severities = ['L1', 'L2', 'L3', 'L4'] as const;
export type Severity = (typeof severities)[number];

/** Working minutes; null = no target ("as agreed"). */
export interface Target {
  responseMinutes: number | null;
  resolutionMinutes: number | null;
}
export type Targets = Record<Severity, Target>;

export interface PolicyVersion {
  policyId: string;
  version: number;
  effectiveFrom: string;
  name: string;
  description: string | null;
  calendarId: string;
  targets: Targets;
  warningPercent: number;
  createdAt: string;
  createdBy: string | null;
}

export interface Policy {
  id: string;
  builtinKey: string | null;
  name: string;
  /** The current version number; sent back as If-Match. */
  version: number;
  current: PolicyVersion;
  versions: { version: number; effectiveFrom: string; name: string }[];
  createdAt: string;
  updatedAt: string;
}

export interface PolicyInput {
  name: string;
  description: string | null;
  calendarId: string;
  targets: Targets;
  warningPercent: number;
}
