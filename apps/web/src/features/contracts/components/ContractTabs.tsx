/** Tabs of the contract page that only read: review approvals and terms versions. */
import { Button, Modal, Skeleton, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useContractApprovals, useTermsVersion, useTermsVersions } from '../contracts.api';
import type { Contract, TermsVersion } from '../contracts.types';
import { ApprovalCard } from './ApprovalCard';
import { TermsView } from './TermsView';

export function ApprovalsTab({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const { data, isLoading, error } = useContractApprovals(contract.id);
  if (isLoading) return <Skeleton active />;
  if (error) return <ErrorAlert error={error} />;
  if (!data?.items.length) return <EmptyState description={t('contracts.approvals.empty')} />;
  return (
    <>
      {data.items.map((a) => (
        <ApprovalCard key={a.id} approval={a} />
      ))}
    </>
  );
}

function VersionModal({
  contract,
  version,
  onClose,
}: {
  contract: Contract;
  version: number;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data, isLoading, error } = useTermsVersion(contract.id, version);
  return (
    <Modal
      open
      width={860}
      title={t('contracts.versions.viewing', { version })}
      onCancel={onClose}
      footer={null}
    >
      <ErrorAlert error={error} />
      {isLoading ? (
        <Skeleton active />
      ) : (
        data && <TermsView terms={data.terms} amount={contract.amount} sla={data.sla} />
      )}
    </Modal>
  );
}

export function VersionsTab({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const { data, isLoading, error } = useTermsVersions(contract.id);
  const [viewing, setViewing] = useState<number | null>(null);
  return (
    <>
      <ErrorAlert error={error} />
      <DataTable<TermsVersion>
        rowKey="version"
        size="small"
        loading={isLoading}
        pagination={false}
        dataSource={[...(data?.versions ?? [])].reverse()}
        data-testid="terms-versions"
        columns={[
          {
            title: t('contracts.versions.version'),
            dataIndex: 'version',
            width: 120,
            render: (v: number) => (
              <>
                v{v}{' '}
                {v === contract.termsVersion && <Tag color="green">{t('contracts.versions.current')}</Tag>}
              </>
            ),
          },
          {
            title: t('contracts.versions.effectiveFrom'),
            dataIndex: 'effectiveFrom',
            render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
          },
          {
            title: t('contracts.versions.source'),
            dataIndex: 'changeRequestId',
            render: (cr: string | null) =>
              t(cr ? 'contracts.versions.fromChange' : 'contracts.versions.initial'),
          },
          {
            title: t('common.actions'),
            key: 'view',
            width: 100,
            render: (_: unknown, v) => (
              <Button
                size="small"
                onClick={() => setViewing(v.version)}
                data-testid={`view-version-${v.version}`}
              >
                {t('contracts.versions.view')}
              </Button>
            ),
          },
        ]}
      />
      {viewing !== null && (
        <VersionModal contract={contract} version={viewing} onClose={() => setViewing(null)} />
      )}
    </>
  );
}
