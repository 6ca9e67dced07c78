import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Spin, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { holidayName } from '../../../i18n/builtins';
import { useMonth } from '../calendars.api';
import { type MonthDay, weekdayKeys } from '../calendars.types';

const HOLIDAY = { bg: '#fff1f0', border: '#ffa39e', text: '#cf1322' };
const MAKE_UP = { bg: '#fff7e6', border: '#ffd591', text: '#d46b08' };

/** Hours of a day's working minutes, without trailing zeros (8, 7.5). */
const hoursOf = (minutes: number) => String(Math.round((minutes / 60) * 100) / 100);

/**
 * A month as a Monday-first grid: working days plain, days off grey, holidays
 * red with their name, make-up working days (调休) orange with a 班 badge.
 */
export function MonthGrid({
  calendarId,
  month,
  onMonth,
  onDay,
}: {
  calendarId: string;
  /** YYYY-MM */
  month: string;
  onMonth: (month: string) => void;
  onDay?: (day: MonthDay) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { data, isFetching, error } = useMonth(calendarId, month);
  const first = dayjs(`${month}-01`);
  const shift = (n: number) => onMonth(first.add(n, 'month').format('YYYY-MM'));
  const lead = data ? weekdayKeys.indexOf(data.days[0]?.weekday ?? 'mon') : 0;
  const today = dayjs().format('YYYY-MM-DD');

  return (
    <div>
      <Flex justify="space-between" align="center" style={{ marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="month-title">
          {first.format(t('calendars.month.format', { defaultValue: 'YYYY-MM' }))}
        </Typography.Title>
        <Flex gap={8}>
          <Button icon={<LeftOutlined />} aria-label={t('calendars.month.prev')} onClick={() => shift(-1)} />
          <Button onClick={() => onMonth(dayjs().format('YYYY-MM'))}>{t('calendars.month.today')}</Button>
          <Button icon={<RightOutlined />} aria-label={t('calendars.month.next')} onClick={() => shift(1)} />
        </Flex>
      </Flex>
      <ErrorAlert error={error} />
      <Spin spinning={isFetching}>
        <div
          data-testid="month-grid"
          style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 6 }}
        >
          {weekdayKeys.map((k) => (
            <Typography.Text
              key={k}
              type="secondary"
              strong
              style={{ textAlign: 'center', paddingBottom: 4 }}
            >
              {t(`calendars.weekday.${k}`)}
            </Typography.Text>
          ))}
          {Array.from({ length: lead }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed blank cells before the 1st.
            <div key={`blank-${i}`} />
          ))}
          {data?.days.map((d) => {
            const colors =
              d.kind === 'holiday'
                ? HOLIDAY
                : d.kind === 'workday'
                  ? MAKE_UP
                  : d.working
                    ? {
                        bg: token.colorBgContainer,
                        border: token.colorBorderSecondary,
                        text: token.colorText,
                      }
                    : {
                        bg: token.colorFillQuaternary,
                        border: token.colorBorderSecondary,
                        text: token.colorTextTertiary,
                      };
            const label = [
              d.date,
              d.kind === 'holiday'
                ? t('calendars.month.holiday')
                : d.kind === 'workday'
                  ? t('calendars.month.makeUp')
                  : d.working
                    ? t('calendars.month.working')
                    : t('calendars.month.rest'),
              holidayName(d.name),
            ]
              .filter(Boolean)
              .join(' · ');
            return (
              <button
                key={d.date}
                type="button"
                data-date={d.date}
                data-kind={d.kind}
                data-working={d.working}
                aria-label={label}
                title={label}
                disabled={!onDay}
                onClick={() => onDay?.(d)}
                style={{
                  position: 'relative',
                  minHeight: 78,
                  padding: '6px 8px',
                  textAlign: 'left',
                  verticalAlign: 'top',
                  background: colors.bg,
                  border: `1px solid ${d.date === today ? token.colorPrimary : colors.border}`,
                  borderRadius: token.borderRadius,
                  color: colors.text,
                  cursor: onDay ? 'pointer' : 'default',
                  font: 'inherit',
                  display: 'flex',
                  flexDirection: 'column',
                  gap: 2,
                  overflow: 'hidden',
                }}
              >
                <span style={{ fontWeight: 600, fontSize: 16 }}>{Number(d.date.slice(8))}</span>
                {d.kind === 'workday' && (
                  <span
                    aria-hidden
                    style={{
                      position: 'absolute',
                      top: 6,
                      right: 6,
                      background: MAKE_UP.text,
                      color: '#fff',
                      borderRadius: 4,
                      fontSize: 11,
                      lineHeight: '16px',
                      padding: '0 4px',
                    }}
                  >
                    {t('calendars.month.makeUpBadge')}
                  </span>
                )}
                {d.kind === 'holiday' && (
                  <span
                    aria-hidden
                    style={{
                      position: 'absolute',
                      top: 6,
                      right: 6,
                      background: HOLIDAY.text,
                      color: '#fff',
                      borderRadius: 4,
                      fontSize: 11,
                      lineHeight: '16px',
                      padding: '0 4px',
                    }}
                  >
                    {t('calendars.month.restBadge')}
                  </span>
                )}
                {d.name && (
                  <span style={{ fontSize: 12, lineHeight: 1.3, overflowWrap: 'anywhere' }}>
                    {holidayName(d.name)}
                  </span>
                )}
                {d.working && (
                  <span style={{ fontSize: 11, opacity: 0.75, marginTop: 'auto' }}>
                    {t('calendars.month.hours', { hours: hoursOf(d.workingMinutes) })}
                  </span>
                )}
              </button>
            );
          })}
        </div>
      </Spin>
      <Flex gap={16} wrap style={{ marginTop: 12, fontSize: 12 }}>
        <Legend
          color={token.colorBgContainer}
          border={token.colorBorder}
          label={t('calendars.month.working')}
        />
        <Legend
          color={token.colorFillQuaternary}
          border={token.colorBorder}
          label={t('calendars.month.rest')}
        />
        <Legend color={HOLIDAY.bg} border={HOLIDAY.border} label={t('calendars.month.holiday')} />
        <Legend
          color={MAKE_UP.bg}
          border={MAKE_UP.border}
          label={`${t('calendars.month.makeUp')} (${t('calendars.month.makeUpBadge')})`}
        />
      </Flex>
    </div>
  );
}

function Legend({ color, border, label }: { color: string; border: string; label: string }) {
  return (
    <Flex align="center" gap={6}>
      <span
        style={{ width: 14, height: 14, background: color, border: `1px solid ${border}`, borderRadius: 3 }}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {label}
      </Typography.Text>
    </Flex>
  );
}
