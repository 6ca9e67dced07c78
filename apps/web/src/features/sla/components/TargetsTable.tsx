import { Form, InputNumber, Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { builtinName } from '../../../i18n/builtins';
import { useCalendars } from '../../calendars/calendars.api';
import { minutesToHours } from '../sla.format';
import { type Severity, severities, type Targets } from '../sla.types';

/**
 * The L1–L4 × response/resolution grid. Editable inside a Form whose fields
 * are named like the API (targets.L1.responseMinutes) so server errors land
 * on the right cell, but hold HOURS while editing; read-only shows hours.
 * Each target may count on its own calendar ("L1: 7×24, others: business
 * hours"); without one it counts on the policy's calendar.
 */
export function TargetsTable({ targets, editable }: { targets?: Targets; editable?: boolean }) {
  const { t } = useTranslation();
  const calendars = useCalendars();
  const none = t('sla.none');
  const calendarName = (id: string) => {
    const c = calendars.data?.find((x) => x.id === id);
    return c ? builtinName(c.builtinKey, c.name) : id;
  };
  const calendarField = (sev: Severity, field: 'responseCalendarId' | 'resolutionCalendarId') =>
    editable ? (
      <Form.Item name={['targets', sev, field]} style={{ margin: '4px 0 0' }}>
        <Select
          size="small"
          allowClear
          placeholder={t('sla.policyCalendar')}
          aria-label={`${sev} ${t(field === 'responseCalendarId' ? 'sla.fields.responseCalendar' : 'sla.fields.resolutionCalendar')}`}
          data-testid={`${sev}-${field}`}
          loading={calendars.isLoading}
          options={(calendars.data ?? []).map((c) => ({
            value: c.id,
            label: builtinName(c.builtinKey, c.name),
          }))}
          style={{ width: 140 }}
        />
      </Form.Item>
    ) : targets?.[sev][field] ? (
      <div>
        <Tag color="orange" style={{ marginTop: 4 }} data-testid={`${sev}-${field}`}>
          {calendarName(targets[sev][field] as string)}
        </Tag>
      </div>
    ) : null;
  const show = (m: number | null | undefined) => {
    const h = minutesToHours(m ?? null);
    return h === null ? (
      <Typography.Text type="secondary">{none}</Typography.Text>
    ) : (
      t('sla.hours', { hours: h })
    );
  };
  const cell = (sev: Severity, field: 'responseMinutes' | 'resolutionMinutes') =>
    editable ? (
      <Form.Item
        name={['targets', sev, field]}
        style={{ margin: 0 }}
        dependencies={field === 'resolutionMinutes' ? [['targets', sev, 'responseMinutes']] : undefined}
        rules={
          field === 'resolutionMinutes'
            ? [
                ({ getFieldValue }) => ({
                  validator: (_, value: number | null) => {
                    const response = getFieldValue(['targets', sev, 'responseMinutes']) as number | null;
                    return value != null && response != null && value < response
                      ? Promise.reject(new Error(t('sla.resolutionShorter')))
                      : Promise.resolve();
                  },
                }),
              ]
            : undefined
        }
      >
        <InputNumber
          min={0.01}
          max={43920}
          step={1}
          placeholder={none}
          suffix={t('sla.hours', { hours: '' }).trim()}
          aria-label={`${sev} ${t(field === 'responseMinutes' ? 'sla.fields.response' : 'sla.fields.resolution')}`}
          data-testid={`${sev}-${field}`}
          style={{ width: 140 }}
        />
      </Form.Item>
    ) : (
      <span data-testid={`${sev}-${field}`}>{show(targets?.[sev][field])}</span>
    );

  return (
    <DataTable
      size="small"
      rowKey="sev"
      pagination={false}
      dataSource={severities.map((sev) => ({ sev }))}
      columns={[
        {
          title: t('sla.fields.severity'),
          dataIndex: 'sev',
          render: (sev: Severity) => (
            <div>
              <Typography.Text strong>{t(`sla.severity.${sev}`)}</Typography.Text>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t(`sla.severityHint.${sev}`)}
                </Typography.Text>
              </div>
            </div>
          ),
        },
        {
          title: editable ? t('sla.fields.responseHours') : t('sla.fields.response'),
          key: 'response',
          width: 170,
          render: (_: unknown, r: { sev: Severity }) => (
            <>
              {cell(r.sev, 'responseMinutes')}
              {calendarField(r.sev, 'responseCalendarId')}
            </>
          ),
        },
        {
          title: editable ? t('sla.fields.resolutionHours') : t('sla.fields.resolution'),
          key: 'resolution',
          width: 170,
          render: (_: unknown, r: { sev: Severity }) => (
            <>
              {cell(r.sev, 'resolutionMinutes')}
              {calendarField(r.sev, 'resolutionCalendarId')}
            </>
          ),
        },
      ]}
    />
  );
}
