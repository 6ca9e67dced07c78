/**
 * /requests — the agent console: views as tabs (mine, team queue, unassigned,
 * at risk, breached, waiting, all) with counts, filters, sorting, saved views,
 * keyset "load more", and a live SLA countdown per row. The list refreshes
 * every 30 s and whenever a notification arrives over the live stream.
 */
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Badge, Button, Card, Dropdown, Flex, Tabs, Typography } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { BulkActionBar } from '../components/BulkActionBar';
import { RequestFilterBar } from '../components/RequestFilterBar';
import { CoverageTag, SeverityTag, StateTag, TierTag, useTeamName } from '../components/RequestTags';
import { SavedViews } from '../components/SavedViews';
import { SlaCountdown } from '../components/SlaCountdown';
import { exportRequests, useRefreshOnNotifications, useRequestCounts, useRequestList } from '../requests.api';
import { rowTarget } from '../requests.format';
import type { RequestListItem, View } from '../requests.types';
import { useListKeyboard } from '../useListKeyboard';
import { useRequestFilters } from '../useRequestFilters';

const tabViews: View[] = ['mine', 'team', 'unassigned', 'at_risk', 'breached', 'waiting', 'all'];

function ViewLabel({
  view,
  label,
  count,
  cap,
}: {
  view: View;
  label: string;
  count: number | undefined;
  cap: number | null | undefined;
}) {
  const danger = view === 'breached' || view === 'at_risk';
  return (
    <Flex gap={6} align="center" data-testid={`view-${view}`}>
      {label}
      {count !== undefined && (
        <Badge
          count={cap && count >= cap ? `${cap}+` : count}
          showZero
          color={count === 0 ? '#d9d9d9' : danger ? (view === 'breached' ? '#cf1322' : '#d48806') : '#1677ff'}
          data-testid={`view-count-${view}`}
        />
      )}
    </Flex>
  );
}

export default function RequestListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [filters, setFilters] = useRequestFilters('mine');
  const list = useRequestList(filters);
  const teamName = useTeamName();
  useRefreshOnNotifications();
  const counts = useRequestCounts();
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.items) ?? [], [list.data]);
  const filtered = Object.entries(filters).some(([k, v]) => k !== 'view' && !!v);
  const bulkAllowed = can('requests:update') || can('requests:assign');
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  // The rows as the list showed them (their versions go with a bulk action), also once a refresh moved them.
  const [selectedRows, setSelectedRows] = useState<Map<string, RequestListItem>>(new Map());
  const select = (rows: RequestListItem[]) => {
    setSelectedIds(rows.map((r) => r.id));
    setSelectedRows(new Map(rows.map((r) => [r.id, items.find((i) => i.id === r.id) ?? r])));
  };
  // A new object each render: the keyboard hook re-subscribes, reading the current selection.
  const keyboard = {
    open: (r: RequestListItem) => navigate(`/requests/${r.id}`),
    toggle: (r: RequestListItem) => {
      if (!bulkAllowed) return;
      const current = [...selectedRows.values()];
      select(current.some((x) => x.id === r.id) ? current.filter((x) => x.id !== r.id) : [...current, r]);
    },
  };
  const { currentId, setCursor } = useListKeyboard(items, keyboard);

  const doExport = async (format: 'csv' | 'xlsx') => {
    try {
      await exportRequests(filters, format);
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        title={t('requests.title')}
        subtitle={t('requests.subtitle')}
        extra={
          <>
            <SavedViews filters={filters} onApply={(f) => setFilters(f)} />
            <Dropdown
              menu={{
                items: [
                  { key: 'csv', label: t('requests.export.csv'), onClick: () => void doExport('csv') },
                  { key: 'xlsx', label: t('requests.export.xlsx'), onClick: () => void doExport('xlsx') },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />} data-testid="request-export">
                {t('requests.export.label')}
              </Button>
            </Dropdown>
            {can('requests:import') && (
              <Button
                icon={<UploadOutlined />}
                onClick={() => navigate('/requests/import')}
                data-testid="request-import"
              >
                {t('requests.import.button')}
              </Button>
            )}
            {can('requests:create') && (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => navigate('/requests/new')}
                data-testid="request-new"
              >
                {t('requests.new')}
              </Button>
            )}
          </>
        }
      />
      <Card>
        <Tabs
          activeKey={filters.view ?? 'mine'}
          onChange={(key) => setFilters({ ...filters, view: key as View })}
          items={tabViews.map((v) => ({
            key: v,
            label: (
              <ViewLabel
                view={v}
                label={t(`requests.views.${v}`)}
                count={v === 'all' ? undefined : counts.data?.[v]}
                cap={counts.data?.cap}
              />
            ),
          }))}
        />
        <RequestFilterBar filters={filters} onChange={setFilters} />
        {bulkAllowed && selectedIds.length > 0 && (
          <BulkActionBar
            selected={[...selectedRows.values()]}
            onClear={() => select([])}
            onDone={(failed) => select([...selectedRows.values()].filter((r) => failed.includes(r.id)))}
          />
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block', marginBottom: 8 }}>
          {t('requests.keys.hint')}
        </Typography.Text>
        <ErrorAlert error={list.error} />
        <DataTable<RequestListItem>
          rowKey="id"
          size="middle"
          loading={list.isLoading}
          dataSource={items}
          pagination={false}
          data-testid="request-table"
          locale={{
            emptyText: (
              <EmptyState description={filtered ? t('requests.emptyFiltered') : t('requests.empty')} />
            ),
          }}
          rowSelection={
            bulkAllowed
              ? {
                  selectedRowKeys: selectedIds,
                  preserveSelectedRowKeys: true,
                  onChange: (_keys, rows) => select(rows.filter(Boolean)),
                }
              : undefined
          }
          rowClassName={(r) => (r.id === currentId ? 'ac-row-current' : '')}
          onRow={(r, index) =>
            ({
              'data-testid': `request-row-${r.number}`,
              'data-current': r.id === currentId ? 'true' : undefined,
              onClick: () => setCursor(index ?? -1),
              style: r.id === currentId ? { outline: '2px solid #1677ff', outlineOffset: -2 } : undefined,
            }) as React.HTMLAttributes<HTMLElement>
          }
          // Widths are minimums (DataTable sizes to content): narrower than the table, the page scrolls it
          // sideways; no column is ever covered by another.
          columns={[
            {
              title: t('requests.columns.number'),
              dataIndex: 'number',
              width: 140,
              fixed: 'left',
              render: (n: string, r) => (
                <Link to={`/requests/${r.id}`} data-testid="request-link">
                  {n}
                </Link>
              ),
            },
            {
              title: t('requests.columns.subject'),
              dataIndex: 'subject',
              width: 220,
              ellipsis: true,
              render: (s: string, r) => (
                <Flex vertical style={{ minWidth: 0 }}>
                  <Link to={`/requests/${r.id}`} style={{ color: 'inherit' }}>
                    <Typography.Text ellipsis>{s}</Typography.Text>
                  </Link>
                  <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
                    {r.customerName} ·{' '}
                    {t(`entitlements.category.${r.category}`, { defaultValue: r.category })}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              title: t('requests.columns.severity'),
              dataIndex: 'severity',
              width: 80,
              render: (s: string) => <SeverityTag severity={s} />,
            },
            {
              title: t('requests.columns.state'),
              dataIndex: 'state',
              width: 96,
              render: (s: string, r) => <StateTag state={s} category={r.stateCategory} />,
            },
            {
              title: t('requests.columns.sla'),
              key: 'sla',
              width: 170,
              render: (_: unknown, r) => (
                <Flex vertical>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t(`requests.sla.${rowTarget(r)}`)}
                  </Typography.Text>
                  <SlaCountdown request={r} target={rowTarget(r)} testId="row-sla" />
                </Flex>
              ),
            },
            {
              title: t('requests.columns.assignee'),
              key: 'assignee',
              width: 130,
              render: (_: unknown, r) => (
                <Flex vertical>
                  <span>
                    {r.assigneeName ?? (
                      <Typography.Text type="secondary">{t('requests.detail.unassigned')}</Typography.Text>
                    )}
                  </span>
                  <Flex gap={4} align="center">
                    <TierTag tier={r.tier} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
                      {teamName(r.teamId, r.teamName)}
                    </Typography.Text>
                  </Flex>
                </Flex>
              ),
            },
            {
              title: t('requests.columns.coverage'),
              dataIndex: 'coverage',
              width: 80,
              render: (c: string) => <CoverageTag coverage={c} />,
            },
            {
              title: t('requests.columns.received'),
              dataIndex: 'receivedAt',
              width: 100,
              render: (v: string) => dayjs(v).format('MM-DD HH:mm'),
            },
          ]}
        />
        <Flex justify="center" align="center" gap={12} style={{ marginTop: 16 }}>
          {list.hasNextPage ? (
            <Button
              onClick={() => void list.fetchNextPage()}
              loading={list.isFetchingNextPage}
              data-testid="request-load-more"
            >
              {t('requests.loadMore')}
            </Button>
          ) : (
            items.length > 0 && (
              <Typography.Text type="secondary">
                {t('requests.loadedAll', { count: items.length })}
              </Typography.Text>
            )
          )}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('requests.refreshed')}
          </Typography.Text>
        </Flex>
      </Card>
    </>
  );
}
