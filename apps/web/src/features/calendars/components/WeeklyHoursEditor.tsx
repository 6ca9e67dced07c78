import { CopyOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useUpdateCalendar } from '../calendars.api';
import { type Calendar, type Interval, type WeeklyHours, weekdayKeys } from '../calendars.types';

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** Several intervals per weekday, typed as HH:MM (24:00 allowed as an end); saved with If-Match. */
export function WeeklyHoursEditor({ calendar }: { calendar: Calendar }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const update = useUpdateCalendar();
  const [hours, setHours] = useState<WeeklyHours>(calendar.weeklyHours);
  const [error, setError] = useState<unknown>(null);
  const dirty = JSON.stringify(hours) !== JSON.stringify(calendar.weeklyHours);
  const invalid = weekdayKeys.some((k) => hours[k].some((i) => !TIME.test(i.start) || !TIME.test(i.end)));

  const setDay = (k: keyof WeeklyHours, list: Interval[]) => setHours((h) => ({ ...h, [k]: list }));
  const save = async () => {
    setError(null);
    try {
      await update.mutateAsync({ calendar, body: { weeklyHours: hours } });
      message.success(t('calendars.hours.saved'));
    } catch (err) {
      setError(err);
    }
  };

  return (
    <div>
      <Typography.Paragraph type="secondary">{t('calendars.hours.hint')}</Typography.Paragraph>
      <ErrorAlert error={error} />
      <Flex vertical gap={8}>
        {weekdayKeys.map((k) => (
          <Flex key={k} gap={12} align="flex-start" wrap>
            <Typography.Text strong style={{ width: 48, lineHeight: '32px' }}>
              {t(`calendars.weekday.${k}`)}
            </Typography.Text>
            <Flex vertical gap={6} style={{ flex: 1, minWidth: 240 }}>
              {hours[k].length === 0 && (
                <Typography.Text type="secondary" style={{ lineHeight: '32px' }}>
                  {t('calendars.hours.closed')}
                </Typography.Text>
              )}
              {hours[k].map((iv, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: intervals have no identity beyond their place.
                <Flex key={i} gap={6} align="center">
                  {(['start', 'end'] as const).map((edge) => (
                    <Input
                      key={edge}
                      aria-label={`${t(`calendars.weekday.${k}`)} ${t(`calendars.hours.${edge}`)} ${i + 1}`}
                      value={iv[edge]}
                      status={TIME.test(iv[edge]) ? undefined : 'error'}
                      placeholder="HH:MM"
                      maxLength={5}
                      style={{ width: 84 }}
                      onChange={(e) =>
                        setDay(
                          k,
                          hours[k].map((x, j) => (j === i ? { ...x, [edge]: e.target.value.trim() } : x)),
                        )
                      }
                    />
                  ))}
                  <Button
                    type="text"
                    icon={<DeleteOutlined />}
                    aria-label={t('calendars.hours.remove')}
                    onClick={() =>
                      setDay(
                        k,
                        hours[k].filter((_, j) => j !== i),
                      )
                    }
                  />
                </Flex>
              ))}
            </Flex>
            <Button
              icon={<PlusOutlined />}
              onClick={() => {
                const last = hours[k][hours[k].length - 1];
                setDay(k, [
                  ...hours[k],
                  last ? { start: last.end, end: last.end } : { start: '09:00', end: '18:00' },
                ]);
              }}
            >
              {t('calendars.hours.add')}
            </Button>
          </Flex>
        ))}
      </Flex>
      <Flex gap={8} style={{ marginTop: 16 }}>
        <Button type="primary" disabled={!dirty || invalid} loading={update.isPending} onClick={save}>
          {t('common.save')}
        </Button>
        <Button disabled={!dirty} onClick={() => setHours(calendar.weeklyHours)}>
          {t('common.reset')}
        </Button>
        <Button
          icon={<CopyOutlined />}
          onClick={() => setHours((h) => ({ ...h, ...Object.fromEntries(weekdays.map((d) => [d, h.mon])) }))}
        >
          {t('calendars.hours.copyMon')}
        </Button>
      </Flex>
    </div>
  );
}
