/** The 合同 tab of the customer 360° view: the customer's contracts and a prefilled "new contract" button. */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/useAuth';
import { useCustomerContracts } from '../contracts.api';
import { formatCny } from '../contracts.format';
import type { ContractListItem, ContractState, ContractType } from '../contracts.types';
import { ContractStateTag } from './ContractTags';

export function ContractsTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { data, isLoading, error } = useCustomerContracts(customerId);
  const create = () => navigate(`/contracts/new?customerId=${customerId}`);
  return (
    <>
      {can('contracts:write') && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={create} data-testid="customer-contract-new">
            {t('contracts.new')}
          </Button>
        </Flex>
      )}
      <ErrorAlert error={error} />
      <DataTable<ContractListItem>
        rowKey="id"
        size="small"
        loading={isLoading}
        pagination={false}
        dataSource={data?.items ?? []}
        data-testid="customer-contracts"
        scroll={{ x: 800 }}
        locale={{ emptyText: <EmptyState description={t('contracts.emptyCustomer')} /> }}
        columns={[
          {
            title: t('contracts.fields.number'),
            dataIndex: 'number',
            width: 160,
            render: (n: string, c) => <Link to={`/contracts/${c.id}`}>{n}</Link>,
          },
          { title: t('contracts.fields.title'), dataIndex: 'title', ellipsis: true },
          {
            title: t('contracts.fields.type'),
            dataIndex: 'type',
            width: 140,
            render: (x: ContractType) => t(`contracts.types.${x}`),
          },
          {
            title: t('contracts.fields.state'),
            dataIndex: 'state',
            width: 100,
            render: (s: ContractState) => <ContractStateTag state={s} />,
          },
          {
            title: t('contracts.fields.amount'),
            dataIndex: 'amount',
            width: 140,
            align: 'right',
            render: (a: string) => formatCny(a),
          },
          {
            title: t('contracts.fields.endDate'),
            dataIndex: 'endDate',
            width: 120,
            render: (d: string) =>
              data?.today && d < data.today ? <Typography.Text type="secondary">{d}</Typography.Text> : d,
          },
        ]}
      />
    </>
  );
}
