import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, type TableProps, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { builtinName } from '../../../i18n/builtins';
import { useCan } from '../../auth/useAuth';
import { useCalendars } from '../calendars.api';
import type { Calendar } from '../calendars.types';
import { CalendarFormModal } from '../components/CalendarFormModal';
import { NextYearBanner } from '../components/NextYearBanner';

export default function CalendarListPage() {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { data, isLoading, error } = useCalendars();
  const [creating, setCreating] = useState(false);

  const columns: TableProps<Calendar>['columns'] = [
    {
      title: t('calendars.fields.name'),
      dataIndex: 'name',
      render: (name: string, c) => (
        <Flex gap={6} align="center">
          <Link to={`/calendars/${c.id}`}>{builtinName(c.builtinKey, name)}</Link>
          {c.builtinKey && <Tag>{t('calendars.builtin')}</Tag>}
        </Flex>
      ),
    },
    {
      title: t('calendars.fields.kind'),
      dataIndex: 'kind',
      width: 130,
      render: (k: Calendar['kind']) => (
        <Tag color={k === '24x7' ? 'purple' : 'blue'}>{t(`calendars.kind.${k}`)}</Tag>
      ),
    },
    { title: t('calendars.fields.timeZone'), dataIndex: 'timeZone', width: 160 },
    {
      title: t('calendars.fields.years'),
      dataIndex: 'years',
      render: (years: Calendar['years'], c) =>
        c.readOnly ? (
          '—'
        ) : years.length ? (
          <Flex vertical>
            {years.map((y) => (
              <Typography.Text key={y.year} style={{ fontSize: 13 }}>
                {t('calendars.yearSummary', y)}
              </Typography.Text>
            ))}
          </Flex>
        ) : (
          <Typography.Text type="secondary">{t('calendars.noYears')}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t('calendars.title')}
        subtitle={t('calendars.subtitle')}
        extra={
          can('calendars:manage') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('calendars.new')}
            </Button>
          )
        }
      />
      <NextYearBanner />
      <Card>
        <ErrorAlert error={error} />
        <DataTable<Calendar>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={data ?? []}
          loading={isLoading}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: <EmptyState description={t('calendars.empty')} /> }}
        />
      </Card>
      {creating && (
        <CalendarFormModal
          onClose={() => setCreating(false)}
          onSaved={(c) => navigate(`/calendars/${c.id}`)}
        />
      )}
    </>
  );
}
