/** The customer page's "service requests" section: that customer's latest requests with their live clocks. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/useAuth';
import { useCustomerRequests } from '../requests.api';
import { rowTarget } from '../requests.format';
import type { RequestListItem } from '../requests.types';
import { SeverityTag, StateTag } from './RequestTags';
import { SlaCountdown } from './SlaCountdown';

export function CustomerRequestsCard({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { data, isLoading, error } = useCustomerRequests(customerId);
  return (
    <div data-testid="customer-requests">
      <Flex justify="flex-end" gap={8} style={{ marginBottom: 12 }}>
        <Link to={`/requests?view=all&customerId=${customerId}`}>
          <Button>{t('requests.customerCard.viewAll')}</Button>
        </Link>
        {can('requests:create') && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => navigate(`/requests/new?customerId=${customerId}`)}
          >
            {t('requests.customerCard.newForCustomer')}
          </Button>
        )}
      </Flex>
      <ErrorAlert error={error} />
      <DataTable<RequestListItem>
        rowKey="id"
        size="small"
        loading={isLoading}
        dataSource={data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState description={t('requests.emptyCustomer')} /> }}
        columns={[
          {
            title: t('requests.columns.number'),
            dataIndex: 'number',
            width: 150,
            render: (n: string, r) => <Link to={`/requests/${r.id}`}>{n}</Link>,
          },
          { title: t('requests.columns.subject'), dataIndex: 'subject', ellipsis: true },
          {
            title: t('requests.columns.severity'),
            dataIndex: 'severity',
            width: 100,
            render: (s: string) => <SeverityTag severity={s} />,
          },
          {
            title: t('requests.columns.state'),
            dataIndex: 'state',
            width: 110,
            render: (s: string, r) => <StateTag state={s} category={r.stateCategory} />,
          },
          {
            title: t('requests.columns.sla'),
            key: 'sla',
            width: 200,
            render: (_: unknown, r) => <SlaCountdown request={r} target={rowTarget(r)} showLabel />,
          },
          { title: t('requests.columns.assignee'), dataIndex: 'assigneeName', width: 120 },
          {
            title: t('requests.columns.received'),
            dataIndex: 'receivedAt',
            width: 140,
            render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
          },
        ]}
      />
    </div>
  );
}
