import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, type TableProps, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { builtinName } from '../../../i18n/builtins';
import { useCan } from '../../auth/useAuth';
import { useCalendars } from '../../calendars/calendars.api';
import { usePolicies } from '../sla.api';
import { minutesToHours } from '../sla.format';
import { type Policy, severities } from '../sla.types';

export default function SlaPolicyListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { data, isLoading, error } = usePolicies();
  const calendars = useCalendars();
  const calendarName = (id: string) => {
    const c = calendars.data?.find((x) => x.id === id);
    return c ? builtinName(c.builtinKey, c.name) : '—';
  };
  const h = (m: number | null) => {
    const v = minutesToHours(m);
    return v === null ? t('sla.none') : t('sla.hoursShort', { hours: v });
  };

  const columns: TableProps<Policy>['columns'] = [
    {
      title: t('sla.fields.name'),
      dataIndex: 'name',
      render: (name: string, p) => (
        <Flex gap={6} align="center" wrap>
          <Link to={`/sla-policies/${p.id}`}>{builtinName(p.builtinKey, name)}</Link>
          {p.builtinKey && <Tag>{t('sla.builtin')}</Tag>}
        </Flex>
      ),
    },
    ...severities.map((sev) => ({
      title: (
        <span title={`${t('sla.fields.response')} / ${t('sla.fields.resolution')}`}>
          {t(`sla.severity.${sev}`)}
        </span>
      ),
      key: sev,
      width: 100,
      render: (_: unknown, p: Policy) => {
        const target = p.current.targets[sev];
        // A severity on its own calendar ("L1: 7×24, others: business hours") says so under its hours.
        const own = [target.responseCalendarId, target.resolutionCalendarId].find(
          (id) => id && id !== p.current.calendarId,
        );
        return (
          <>
            <span data-testid={`list-${sev}`}>
              {h(target.responseMinutes)} / {h(target.resolutionMinutes)}
            </span>
            {own && (
              <div>
                <Typography.Text
                  type="secondary"
                  style={{ fontSize: 12 }}
                  data-testid={`list-${sev}-calendar`}
                >
                  {calendarName(own)}
                </Typography.Text>
              </div>
            )}
          </>
        );
      },
    })),
    {
      title: t('sla.fields.calendar'),
      key: 'calendar',
      width: 180,
      ellipsis: true,
      render: (_: unknown, p) => calendarName(p.current.calendarId),
    },
    {
      title: t('sla.fields.warningPercent'),
      key: 'warning',
      width: 90,
      render: (_: unknown, p) => `${p.current.warningPercent}%`,
    },
    {
      title: t('sla.fields.version'),
      dataIndex: 'version',
      width: 80,
      render: (v: number) => `v${v}`,
    },
    {
      title: t('sla.fields.updatedAt'),
      dataIndex: 'updatedAt',
      width: 120,
      render: (v: string) => dayjs(v).format('YYYY-MM-DD'),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('sla.title')}
        subtitle={t('sla.subtitle')}
        extra={
          can('sla:manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/sla-policies/new')}>
              {t('sla.new')}
            </Button>
          )
        }
      />
      <Card>
        <ErrorAlert error={error} />
        <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
          {t('sla.fields.response')} / {t('sla.fields.resolution')}
        </Typography.Paragraph>
        <DataTable<Policy>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data ?? []}
          loading={isLoading}
          pagination={false}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <EmptyState description={t('sla.empty')} /> }}
        />
      </Card>
    </>
  );
}
