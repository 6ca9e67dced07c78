/** Change requests (变更申请) of a contract in force: list with their approvals, and a form proposing new terms. */
import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Drawer, Flex, Form, Input, Skeleton, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { allFieldErrorsPlaced, applyFieldErrors } from '../../../components/FormErrors';
import { useCan } from '../../auth/useAuth';
import { useApproval, useChangeRequests, useCreateChangeRequest } from '../contracts.api';
import { type ChangeRequest, type Contract, normalizeTerms, type Terms } from '../contracts.types';
import { ApprovalCard } from './ApprovalCard';
import { ApprovalStatusTag } from './ContractTags';
import { cleanTerms, TermsEditor, useLocalizeTermsError } from './TermsEditor';
import { TermsView } from './TermsView';

const fields = ['reason', 'terms'];

function ChangeRequestDrawer({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string; terms: Terms }>();
  const create = useCreateChangeRequest(contract.id);
  const [error, setError] = useState<unknown>(null);
  const localize = useLocalizeTermsError();
  const submit = async () => {
    const v = form.getFieldsValue(true) as { reason: string; terms: Terms };
    setError(null);
    try {
      await create.mutateAsync({ reason: v.reason.trim(), terms: cleanTerms(v.terms) });
      message.success(t('contracts.changes.created'));
      onClose();
    } catch (err) {
      applyFieldErrors(form, err, fields, localize);
      if (!allFieldErrorsPlaced(err, fields)) setError(err);
    }
  };
  return (
    <Drawer
      open
      size={960}
      title={`${t('contracts.changes.new')} · ${contract.number}`}
      onClose={onClose}
      destroyOnHidden
      maskClosable={false}
      footer={
        <Flex gap={8} justify="flex-end">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button
            type="primary"
            loading={create.isPending}
            onClick={() => form.submit()}
            data-testid="change-submit"
          >
            {t('contracts.changes.submit')}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        initialValues={{ reason: '', terms: normalizeTerms(contract.terms) }}
        onFinish={submit}
        scrollToFirstError
        data-testid="change-form"
      >
        <Form.Item
          name="reason"
          label={t('contracts.changes.reason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={2} maxLength={2000} autoFocus data-testid="change-reason" />
        </Form.Item>
        <Typography.Title level={5}>{t('contracts.changes.newTerms')}</Typography.Title>
        <TermsEditor amount={contract.amount} />
      </Form>
    </Drawer>
  );
}

function ChangeDetail({ cr, contract }: { cr: ChangeRequest; contract: Contract }) {
  const can = useCan();
  // Approvals are readable only with contracts:approve; others see the proposed terms.
  const { data: approval, isLoading } = useApproval(can('contracts:approve') ? cr.approvalId : null);
  return (
    <Flex vertical gap={12}>
      {isLoading ? <Skeleton active /> : approval && <ApprovalCard approval={approval} />}
      <TermsView terms={cr.terms} amount={contract.amount} />
    </Flex>
  );
}

export function ChangeRequestsTab({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const can = useCan();
  const { data, isLoading, error } = useChangeRequests(contract.id);
  const [creating, setCreating] = useState(false);
  const inForce = contract.state === 'active' || contract.state === 'expiring';
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }} gap={8} wrap>
        <Typography.Text type="secondary">{!inForce && t('contracts.changes.onlyActive')}</Typography.Text>
        {can('contracts:write') && inForce && (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="change-new">
            {t('contracts.changes.new')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={error} />
      <DataTable<ChangeRequest>
        rowKey="id"
        size="small"
        loading={isLoading}
        pagination={false}
        dataSource={data ?? []}
        data-testid="change-requests"
        locale={{ emptyText: <EmptyState description={t('contracts.changes.empty')} /> }}
        expandable={{ expandedRowRender: (cr) => <ChangeDetail cr={cr} contract={contract} /> }}
        columns={[
          { title: t('contracts.changes.reason'), dataIndex: 'reason', ellipsis: true },
          {
            title: t('contracts.changes.status'),
            dataIndex: 'status',
            width: 200,
            render: (s: ChangeRequest['status'], cr) => (
              <>
                <ApprovalStatusTag status={s} />
                {cr.resultingVersion !== null && (
                  <Typography.Text type="secondary">
                    {t('contracts.changes.resulting', { version: cr.resultingVersion })}
                  </Typography.Text>
                )}
              </>
            ),
          },
          { title: t('contracts.changes.requestedBy'), dataIndex: 'createdByName', width: 120 },
          {
            title: t('contracts.changes.createdAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
          },
        ]}
      />
      {creating && <ChangeRequestDrawer contract={contract} onClose={() => setCreating(false)} />}
    </>
  );
}
