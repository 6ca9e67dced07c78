/** Test helpers shared by the contracts tests: terms bodies and an approved (active) contract. */
import { expect } from 'vitest';
import { reviewSteps } from '../../apps/server/src/modules/contracts/index.js';
import type { Client, TestApp } from './app.js';

export async function policyId(client: Client, key = 'business_hours'): Promise<string> {
  const res = await client.get('/api/sla-policies');
  const p = (res.body as { id: string; builtinKey: string | null }[]).find((x) => x.builtinKey === key);
  if (!p) throw new Error(`no policy ${key}`);
  return p.id;
}

export const termsBody = (slaPolicyId: string | null, over: Record<string, unknown> = {}) => ({
  scope: [
    { type: 'bug_fix' },
    { type: 'security_fix' },
    { type: 'inspection', frequency: 'monthly', quota: 12 },
  ],
  slaPolicyId,
  uptimeTargetPercent: 99,
  dataProtection: { backupFrequency: 'daily', storageLocation: '客户机房', recoveryTimeHours: 4 },
  upgrades: 'included',
  payment: {
    mode: 'installments',
    installments: [
      { dueDate: '2026-01-15', amount: '64000.00' },
      { dueDate: '2026-07-15', amount: '64000' },
    ],
  },
  penalties: [{ metric: 'response_rate', threshold: 95, deductPercent: 5, capPercent: 20 }],
  rewards: [{ consecutivePeriods: 4, kind: 'renewal_discount', percent: 3 }],
  dispute: { steps: ['negotiation', 'mediation', 'arbitration'] },
  ...over,
});

let seq = 0;
export const contractNumber = () => `HT-T-${++seq}-${Date.now().toString(36)}`;

export function contractBody(
  customerId: string,
  slaPolicyId: string | null,
  over: Record<string, unknown> = {},
) {
  return {
    number: contractNumber(),
    customerId,
    type: 'maintenance',
    title: '年度维护服务合同',
    amount: '128000.00',
    signedDate: '2025-12-20',
    startDate: '2026-01-01',
    endDate: '2026-12-31',
    terms: termsBody(slaPolicyId),
    ...over,
  };
}

/** Creates a contract and walks it through review (sales director, then finance) to active. */
export async function activeContract(
  t: TestApp,
  writer: Client,
  body: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const created = await writer.post('/api/contracts', body);
  expect(created.status, created.text).toBe(201);
  const review = await writer.post(`/api/contracts/${created.body.id}/transition`, { to: 'in_review' });
  expect(review.status, review.text).toBe(200);
  const approval = review.body.approvalId as string;
  for (const role of reviewSteps[(body.type as keyof typeof reviewSteps) ?? 'maintenance']) {
    const approver = await t.loginAs(role);
    const res = await approver.post(`/api/approvals/${approval}/decide`, { decision: 'approve' });
    expect(res.status, res.text).toBe(200);
  }
  const after = await writer.get(`/api/contracts/${created.body.id}`);
  expect(after.body.state).toBe('active');
  return { id: after.body.id, version: after.body.version };
}
