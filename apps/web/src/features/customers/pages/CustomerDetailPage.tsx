import { AuditOutlined, DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Skeleton, Tabs } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { NotFound } from '../../../components/NotFound';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { ContractsTab } from '../../contracts/components/CustomerContractsTab';
import { DeploymentsTab } from '../../deployments/components/DeploymentsTab';
import { EntitlementCheckCard } from '../../entitlements/components/EntitlementCheckPanel';
import { CustomerRequestsCard } from '../../requests/components/CustomerRequestsCard';
import { ContactsTab } from '../components/ContactsTab';
import { CustomerProfile } from '../components/CustomerProfile';
import { EditCustomerDrawer } from '../components/EditCustomerDrawer';
import { StageTag, TierTag } from '../components/StageTag';
import { TimelineTab } from '../components/TimelineTab';
import { useCustomer, useDeleteCustomer } from '../customers.api';

/** Sections of the customer 360° view that later modules fill in. */
const laterSections = ['surveys'] as const;

export default function CustomerDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: customer, isLoading, error } = useCustomer(id);
  const remove = useDeleteCustomer();
  const [editing, setEditing] = useState(false);
  const [params] = useSearchParams();
  const [tab, setTab] = useState(params.get('tab') ?? 'profile');

  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound message={t('customers.notFound')} />;
  if (!customer) return <ErrorAlert error={error} />;

  const onDelete = async () => {
    try {
      await remove.mutateAsync(customer.id);
      message.success(t('customers.deleted'));
      navigate('/customers', { replace: true });
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('customers.title'), to: '/customers' }, { title: customer.name }]}
        title={customer.name}
        tags={
          <Flex gap={4}>
            <StageTag stage={customer.stage} />
            <TierTag tier={customer.tier} />
          </Flex>
        }
        extra={
          <>
            {can('audit:read') && (
              <Link to={`/admin/audit?customerId=${customer.id}`}>
                <Button icon={<AuditOutlined />}>{t('customers.auditLog')}</Button>
              </Link>
            )}
            {can('customers:write') && (
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
            )}
            {can('customers:delete') && (
              <ConfirmButton
                danger
                icon={<DeleteOutlined />}
                confirm={t('customers.confirmDelete', { name: customer.name })}
                onConfirm={onDelete}
                loading={remove.isPending}
              >
                {t('common.delete')}
              </ConfirmButton>
            )}
          </>
        }
      />
      <ErrorAlert error={error} />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: 'profile',
              label: t('customers.tabs.profile'),
              children: <CustomerProfile customer={customer} />,
            },
            {
              key: 'contacts',
              label: `${t('customers.tabs.contacts')} (${customer.contacts.length})`,
              children: <ContactsTab customerId={customer.id} contacts={customer.contacts} />,
            },
            {
              key: 'timeline',
              label: t('customers.tabs.timeline'),
              children: <TimelineTab customerId={customer.id} />,
            },
            ...(can('deployments:read')
              ? [
                  {
                    key: 'deployments',
                    label: t('customers.tabs.deployments'),
                    children: (
                      <>
                        <DeploymentsTab customerId={customer.id} />
                        <EntitlementCheckCard customerId={customer.id} />
                      </>
                    ),
                  },
                ]
              : []),
            ...(can('contracts:read')
              ? [
                  {
                    key: 'contracts',
                    label: t('customers.tabs.contracts'),
                    children: <ContractsTab customerId={customer.id} />,
                  },
                ]
              : []),
            ...(can('requests:read')
              ? [
                  {
                    key: 'requests',
                    label: t('customers.tabs.requests'),
                    children: <CustomerRequestsCard customerId={customer.id} />,
                  },
                ]
              : []),
            ...laterSections.map((key) => ({
              key,
              label: t(`customers.tabs.${key}`),
              children: (
                <EmptyState
                  description={t('customers.comingSoon', { section: t(`customers.tabs.${key}`) })}
                />
              ),
            })),
          ]}
        />
      </Card>
      {editing && <EditCustomerDrawer customer={customer} onClose={() => setEditing(false)} />}
    </>
  );
}
