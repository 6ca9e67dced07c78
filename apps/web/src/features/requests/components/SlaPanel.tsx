/** The request page's clocks: targets with live countdowns, then what was measured (SPEC §12 KPIs). */
import { Card, Col, Flex, Row, Statistic, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { formatMinutes } from '../requests.format';
import type { RequestDetail } from '../requests.types';
import { SlaCountdown, useUnits } from './SlaCountdown';

const fmt = (iso: string | null) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '—');

function MetTag({ met }: { met: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (met === null || met === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tag color={met ? 'success' : 'error'}>{met ? t('requests.sla.met') : t('requests.sla.missed')}</Tag>
  );
}

export function SlaPanel({ request: r }: { request: RequestDetail }) {
  const { t, i18n } = useTranslation();
  const units = useUnits();
  const mins = (m: number | null) => (m === null ? '—' : formatMinutes(m, units));
  const target = (m: number | null) =>
    m === null ? t('requests.sla.none') : t('requests.sla.target', { time: formatMinutes(m, units) });
  return (
    <Row gutter={16}>
      <Col xs={24} lg={12}>
        <Card
          size="small"
          title={t('requests.detail.targets')}
          style={{ height: '100%' }}
          extra={
            r.slaProvisionalYears?.length ? (
              <Tooltip
                title={t('requests.sla.provisionalTip', {
                  years: r.slaProvisionalYears.join(i18n.language.startsWith('zh') ? '、' : ', '),
                })}
              >
                <Tag color="warning" data-testid="sla-provisional">
                  {t('requests.sla.provisional')}
                </Tag>
              </Tooltip>
            ) : null
          }
        >
          <Row gutter={12}>
            {(['response', 'resolution'] as const).map((kind) => (
              <Col span={12} key={kind}>
                <Statistic
                  title={`${t(`requests.sla.${kind}`)} · ${target(kind === 'response' ? r.responseTargetMinutes : r.resolutionTargetMinutes)}`}
                  valueRender={() => (
                    <div style={{ fontSize: 18 }}>
                      <SlaCountdown request={r} target={kind} testId={`sla-${kind}`} />
                    </div>
                  )}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('requests.sla.due', {
                    at: fmt(kind === 'response' ? r.responseDueAt : r.resolutionDueAt),
                  })}
                </Typography.Text>
              </Col>
            ))}
          </Row>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card size="small" title={t('requests.detail.measured')} style={{ height: '100%' }}>
          <DataTable
            size="small"
            pagination={false}
            rowKey="key"
            data-testid="measured-times"
            dataSource={[
              {
                key: 'response',
                label: t('requests.detail.firstResponse'),
                at: r.firstResponseAt,
                met: r.responseMet,
                calendar: r.firstResponseCalendarMinutes,
                working: r.firstResponseWorkingMinutes,
                testId: 'measured-first-response',
              },
              {
                key: 'resolution',
                label: t('requests.detail.resolution'),
                at: r.resolvedAt,
                met: r.resolutionMet,
                calendar: r.resolutionCalendarMinutes,
                working: r.resolutionWorkingMinutes,
                testId: 'measured-resolution',
              },
            ]}
            columns={[
              { key: 'label', dataIndex: 'label', width: 90 },
              {
                key: 'at',
                title: t('requests.detail.result'),
                render: (_: unknown, row) => (
                  <span data-testid={row.testId}>
                    {row.at ? (
                      <>
                        {fmt(row.at)} <MetTag met={row.met} />
                      </>
                    ) : (
                      t('requests.detail.notYet')
                    )}
                  </span>
                ),
              },
              {
                key: 'calendar',
                title: t('requests.detail.calendarMinutes'),
                render: (_: unknown, row) => (
                  <span data-testid={`${row.testId}-calendar`}>{mins(row.calendar)}</span>
                ),
              },
              {
                key: 'working',
                title: t('requests.detail.workingMinutes'),
                render: (_: unknown, row) => (
                  <span data-testid={`${row.testId}-working`}>{mins(row.working)}</span>
                ),
              },
            ]}
          />
          <Flex gap={24} style={{ marginTop: 8 }}>
            <Typography.Text type="secondary">
              {t('requests.detail.reopenCount')}: <Typography.Text>{r.reopenCount}</Typography.Text>
            </Typography.Text>
            <Typography.Text type="secondary">
              {t('requests.detail.breachCount')}:{' '}
              <Typography.Text type={r.breachCount ? 'danger' : undefined} data-testid="measured-breaches">
                {r.breachCount}
              </Typography.Text>
            </Typography.Text>
          </Flex>
        </Card>
      </Col>
    </Row>
  );
}
