import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../../../tests/support/app.js';
import { contractBody, policyId } from '../../../../../tests/support/contracts.js';

const t = await useTestApp();

describe('deleting a customer', () => {
  it('is refused with 409 while contracts reference it, and changes nothing', async () => {
    const director = await t.loginAs('sales_director');
    const customer = await director.post('/api/customers', { name: '合同保留测试有限公司' });
    expect(customer.status).toBe(201);
    const contract = await director.post(
      '/api/contracts',
      contractBody(customer.body.id, await policyId(director)),
    );
    expect(contract.status, contract.text).toBe(201);

    const res = await director.delete(`/api/customers/${customer.body.id}`);
    expect(res.status).toBe(409);
    expect(res.body.reason).toBe('referenced');
    expect((await director.get(`/api/customers/${customer.body.id}`)).status).toBe(200);
  });

  it('deletes a customer without contracts, with its contacts', async () => {
    const director = await t.loginAs('sales_director');
    const customer = await director.post('/api/customers', {
      name: '可删除测试有限公司',
      contacts: [{ name: '李雷' }],
    });
    expect((await director.delete(`/api/customers/${customer.body.id}`)).status).toBe(204);
    expect((await director.get(`/api/customers/${customer.body.id}`)).status).toBe(404);
  });
});
