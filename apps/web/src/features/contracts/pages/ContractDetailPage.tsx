/** /contracts/:id — header with lifecycle actions, tabs: terms, versions, approvals, change requests, documents. */
import { EditOutlined, SendOutlined, StopOutlined, SyncOutlined, UndoOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  type ButtonProps,
  Card,
  Descriptions,
  Form,
  Input,
  Modal,
  Skeleton,
  Tabs,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { fieldErrorText } from '../../../api/messages';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { NotFound } from '../../../components/NotFound';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { ChangeRequestsTab } from '../components/ChangeRequestsTab';
import { ApprovalsTab, VersionsTab } from '../components/ContractTabs';
import { ContractStateTag, ContractTypeTag } from '../components/ContractTags';
import { DocumentsTab } from '../components/DocumentsTab';
import { TermsView } from '../components/TermsView';
import { useContract, useTransition } from '../contracts.api';
import { formatCny } from '../contracts.format';
import type { Contract, ContractState } from '../contracts.types';

function TerminateModal({ contract, onClose }: { contract: Contract; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const transition = useTransition();
  const [form] = Form.useForm<{ reason: string }>();
  const [error, setError] = useState<unknown>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setError(null);
    try {
      await transition.mutateAsync({ contract, to: 'terminated', reason: reason.trim() });
      message.success(t('contracts.actions.terminated'));
      onClose();
    } catch (err) {
      setError(err);
    }
  };
  return (
    <Modal
      open
      title={t('contracts.actions.terminateTitle', { number: contract.number })}
      okText={t('contracts.actions.terminate')}
      okButtonProps={{ danger: true, 'data-testid': 'terminate-confirm' } as ButtonProps}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        title={t('contracts.actions.terminateWarning')}
        style={{ marginBottom: 16 }}
      />
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('contracts.actions.terminateReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} autoFocus data-testid="terminate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** The contract a renewal renews, by its number. */
function ParentLink({ id }: { id: string }) {
  const { data } = useContract(id);
  return <Link to={`/contracts/${id}`}>{data ? `${data.number} ${data.title}` : '…'}</Link>;
}

/** Review problems that name a terms field get the form's localized wording. */
function useTransitionError() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (err: unknown) => {
    if (err instanceof ApiError && err.errors.length) {
      const paths = err.errors.map((e) => e.path.join('.'));
      if (paths.some((p) => p.endsWith('slaPolicyId'))) return t('contracts.terms.slaHint');
      if (paths.some((p) => p.includes('installments'))) return t('contracts.terms.sumMismatch');
      return err.errors.map(fieldErrorText).join('; ');
    }
    return errorMessage(err);
  };
}

export default function ContractDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useTransitionError();
  const [params, setParams] = useSearchParams();
  const { data: contract, isLoading, error } = useContract(id);
  const transition = useTransition();
  const [terminating, setTerminating] = useState(false);

  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound message={t('contracts.notFound')} />;
  if (!contract) return <ErrorAlert error={error} />;

  const move = async (to: ContractState, done: string) => {
    try {
      await transition.mutateAsync({ contract, to });
      message.success(t(done));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const write = can('contracts:write');
  const s = contract.state;
  const tab = params.get('tab') ?? 'terms';

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('contracts.title'), to: '/contracts' }, { title: contract.number }]}
        title={<span data-testid="contract-heading">{contract.number}</span>}
        tags={
          <>
            <ContractStateTag state={s} />
            <ContractTypeTag type={contract.type} />
          </>
        }
        subtitle={contract.title}
        extra={
          write && (
            <>
              {s !== 'terminated' && s !== 'renewed' && s !== 'in_review' && (
                <Button
                  icon={<EditOutlined />}
                  onClick={() => navigate(`/contracts/${contract.id}/edit`)}
                  data-testid="contract-edit"
                >
                  {t('common.edit')}
                </Button>
              )}
              {s === 'draft' && (
                <ConfirmButton
                  type="primary"
                  icon={<SendOutlined />}
                  confirm={t('contracts.actions.confirmSubmit')}
                  onConfirm={() => move('in_review', 'contracts.actions.submitted')}
                  loading={transition.isPending}
                  data-testid="contract-submit"
                >
                  {t('contracts.actions.submit')}
                </ConfirmButton>
              )}
              {s === 'in_review' && (
                <ConfirmButton
                  icon={<UndoOutlined />}
                  confirm={t('contracts.actions.confirmWithdraw')}
                  onConfirm={() => move('draft', 'contracts.actions.withdrawn')}
                  loading={transition.isPending}
                  data-testid="contract-withdraw"
                >
                  {t('contracts.actions.withdraw')}
                </ConfirmButton>
              )}
              {(s === 'active' || s === 'expiring' || s === 'expired') && (
                <Button
                  icon={<SyncOutlined />}
                  onClick={() =>
                    navigate(`/contracts/new?customerId=${contract.customerId}&parentId=${contract.id}`)
                  }
                  data-testid="contract-renew"
                >
                  {t('contracts.actions.renew')}
                </Button>
              )}
              {(s === 'active' || s === 'expiring') && (
                <Button
                  danger
                  icon={<StopOutlined />}
                  onClick={() => setTerminating(true)}
                  data-testid="contract-terminate"
                >
                  {t('contracts.actions.terminate')}
                </Button>
              )}
            </>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2, lg: 4 }}
          data-testid="contract-summary"
          items={[
            {
              key: 'customer',
              label: t('contracts.fields.customer'),
              children: <Link to={`/customers/${contract.customerId}`}>{contract.customerName}</Link>,
            },
            {
              key: 'amount',
              label: t('contracts.fields.amount'),
              children: (
                <Typography.Text strong data-testid="contract-amount-view">
                  {formatCny(contract.amount)}
                </Typography.Text>
              ),
            },
            {
              key: 'period',
              label: t('contracts.fields.period'),
              children: `${contract.startDate} ~ ${contract.endDate}`,
            },
            { key: 'signed', label: t('contracts.fields.signedDate'), children: contract.signedDate ?? '—' },
            { key: 'owner', label: t('contracts.fields.owner'), children: contract.ownerName ?? '—' },
            {
              key: 'terms',
              label: t('contracts.fields.termsVersion'),
              children: `v${contract.termsVersion}`,
            },
            ...(contract.parentId
              ? [
                  {
                    key: 'parent',
                    label: t('contracts.fields.parent'),
                    children: <ParentLink id={contract.parentId} />,
                  },
                ]
              : []),
            ...(contract.terminationReason
              ? [
                  {
                    key: 'reason',
                    label: t('contracts.fields.terminationReason'),
                    children: contract.terminationReason,
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'terms',
              label: t('contracts.tabs.terms'),
              children: <TermsView terms={contract.terms} amount={contract.amount} />,
            },
            {
              key: 'versions',
              label: t('contracts.tabs.versions'),
              children: <VersionsTab contract={contract} />,
            },
            // Approvals are readable only with contracts:approve (the server answers 403 otherwise).
            ...(can('contracts:approve')
              ? [
                  {
                    key: 'approvals',
                    label: t('contracts.tabs.approvals'),
                    children: <ApprovalsTab contract={contract} />,
                  },
                ]
              : []),
            {
              key: 'changes',
              label: t('contracts.tabs.changeRequests'),
              children: <ChangeRequestsTab contract={contract} />,
            },
            {
              key: 'documents',
              label: t('contracts.tabs.documents'),
              children: <DocumentsTab contract={contract} />,
            },
          ]}
        />
      </Card>
      {terminating && <TerminateModal contract={contract} onClose={() => setTerminating(false)} />}
    </>
  );
}
