import { DeleteOutlined, EditOutlined, ImportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, Flex, Row, Skeleton, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { NotFound } from '../../../components/NotFound';
import { PageHeader } from '../../../components/PageHeader';
import { builtinName } from '../../../i18n/builtins';
import { useCan } from '../../auth/useAuth';
import { useCalendar, useDeleteCalendar } from '../calendars.api';
import type { MonthDay } from '../calendars.types';
import { CalendarFormModal } from '../components/CalendarFormModal';
import { ComputeChecker } from '../components/ComputeChecker';
import { DayModal } from '../components/DayModal';
import { ImportModal } from '../components/ImportModal';
import { MonthGrid } from '../components/MonthGrid';
import { NextYearBanner } from '../components/NextYearBanner';
import { WeeklyHoursEditor } from '../components/WeeklyHoursEditor';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export default function CalendarEditorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [params, setParams] = useSearchParams();
  const { data: calendar, isLoading, error } = useCalendar(id);
  const remove = useDeleteCalendar();
  const [dialog, setDialog] = useState<'info' | 'import' | { day: MonthDay } | null>(null);

  const asked = params.get('month');
  const month = asked && MONTH.test(asked) ? asked : dayjs().format('YYYY-MM');
  const setMonth = (m: string) => setParams({ month: m }, { replace: true });

  if (isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound message={t('calendars.notFound')} />;
  if (!calendar) return <ErrorAlert error={error} />;

  const manage = can('calendars:manage') && !calendar.readOnly;
  const onDelete = async () => {
    try {
      await remove.mutateAsync(calendar);
      message.success(t('calendars.deleted'));
      navigate('/calendars', { replace: true });
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        crumbs={[
          { title: t('calendars.title'), to: '/calendars' },
          { title: builtinName(calendar.builtinKey, calendar.name) },
        ]}
        title={builtinName(calendar.builtinKey, calendar.name)}
        tags={
          <Flex gap={4}>
            <Tag color={calendar.kind === '24x7' ? 'purple' : 'blue'}>
              {t(`calendars.kind.${calendar.kind}`)}
            </Tag>
            <Tag>{calendar.timeZone}</Tag>
            {calendar.builtinKey && <Tag>{t('calendars.builtin')}</Tag>}
          </Flex>
        }
        subtitle={
          calendar.years.length
            ? calendar.years.map((y) => t('calendars.yearSummary', y)).join(' · ')
            : undefined
        }
        extra={
          manage && (
            <>
              <Button icon={<ImportOutlined />} onClick={() => setDialog('import')}>
                {t('calendars.import.button')}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setDialog('info')}>
                {t('calendars.editInfo')}
              </Button>
              {!calendar.builtinKey && (
                <ConfirmButton
                  danger
                  icon={<DeleteOutlined />}
                  confirm={t('calendars.confirmDelete', { name: calendar.name })}
                  onConfirm={onDelete}
                  loading={remove.isPending}
                >
                  {t('common.delete')}
                </ConfirmButton>
              )}
            </>
          )
        }
      />
      <NextYearBanner calendarId={calendar.id} onImport={manage ? () => setDialog('import') : undefined} />
      {calendar.readOnly && (
        <Alert type="info" showIcon title={t('calendars.readOnly')} style={{ marginBottom: 16 }} />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Card title={t('calendars.month.title')}>
            {manage && (
              <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
                {t('calendars.month.clickHint')}
              </Typography.Paragraph>
            )}
            <MonthGrid
              calendarId={calendar.id}
              month={month}
              onMonth={setMonth}
              onDay={manage ? (day) => setDialog({ day }) : undefined}
            />
          </Card>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Card title={t('calendars.compute.title')}>
              <ComputeChecker calendar={calendar} />
            </Card>
            {!calendar.readOnly && (
              <Card title={t('calendars.hours.title')}>
                {manage ? (
                  <WeeklyHoursEditor key={calendar.version} calendar={calendar} />
                ) : (
                  <ReadOnlyHours calendar={calendar} />
                )}
              </Card>
            )}
          </Flex>
        </Col>
      </Row>
      {dialog === 'info' && <CalendarFormModal calendar={calendar} onClose={() => setDialog(null)} />}
      {dialog === 'import' && <ImportModal calendarId={calendar.id} onClose={() => setDialog(null)} />}
      {dialog && typeof dialog === 'object' && (
        <DayModal
          calendarId={calendar.id}
          day={dialog.day}
          onClose={() => setDialog(null)}
          onSaved={() => message.success(t('calendars.day.saved', { date: dialog.day.date }))}
        />
      )}
    </>
  );
}

function ReadOnlyHours({ calendar }: { calendar: NonNullable<ReturnType<typeof useCalendar>['data']> }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4}>
      {(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).map((k) => (
        <Flex key={k} gap={12}>
          <Typography.Text strong style={{ width: 48 }}>
            {t(`calendars.weekday.${k}`)}
          </Typography.Text>
          <Typography.Text type={calendar.weeklyHours[k].length ? undefined : 'secondary'}>
            {calendar.weeklyHours[k].map((i) => `${i.start}–${i.end}`).join(', ') ||
              t('calendars.hours.closed')}
          </Typography.Text>
        </Flex>
      ))}
    </Flex>
  );
}
