import { Alert, Button, DatePicker, Flex, Form, InputNumber, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { computeDue } from '../calendars.api';
import type { Calendar } from '../calendars.types';

dayjs.extend(utc);
dayjs.extend(timezone);

interface Values {
  start: Dayjs;
  hours: number;
}

/** Asks the server when N working hours from a start time fall due; times are the calendar's wall clock. */
export function ComputeChecker({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const [due, setDue] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const zone = calendar.timeZone;

  const run = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      // The picker shows a wall-clock time; read it in the calendar's zone, not the browser's.
      const start = dayjs.tz(v.start.format('YYYY-MM-DDTHH:mm'), zone).toISOString();
      const r = await computeDue(calendar.id, start, Math.round(v.hours * 60));
      setDue(r.due ? dayjs(r.due).tz(zone).format('YYYY-MM-DD HH:mm') : null);
    } catch (err) {
      setError(err);
      setDue(null);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('calendars.compute.hint', { zone })}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Form<Values>
        layout="vertical"
        initialValues={{ start: dayjs().tz(zone).minute(0).second(0), hours: 4 }}
        onFinish={run}
        onValuesChange={() => setDue(null)}
      >
        <Flex gap={8} wrap align="flex-end">
          <Form.Item name="start" label={t('calendars.compute.start')} rules={[{ required: true }]}>
            <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
          </Form.Item>
          <Form.Item name="hours" label={t('calendars.compute.hours')} rules={[{ required: true }]}>
            <InputNumber min={0} max={10000} step={1} style={{ width: 110 }} />
          </Form.Item>
          <Form.Item>
            <Button type="primary" htmlType="submit" loading={busy}>
              {t('calendars.compute.submit')}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
      {due && (
        <Alert
          type="success"
          showIcon
          title={t('calendars.compute.due', { due })}
          data-testid="compute-due"
        />
      )}
    </div>
  );
}
