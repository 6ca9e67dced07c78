import { Alert, Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { builtinName } from '../../../i18n/builtins';
import { useCalendarCoverage } from '../calendars.api';

/**
 * From 1 November, a calendar whose next year's holidays are not loaded says so:
 * 1 January would otherwise silently count as a working day. On a calendar's page
 * (`calendarId`) the action opens the import; on the list it links to the calendar.
 */
export function NextYearBanner({ calendarId, onImport }: { calendarId?: string; onImport?: () => void }) {
  const { t } = useTranslation();
  const { data } = useCalendarCoverage();
  const missing = (data?.missingNextYear ?? []).filter((m) => !calendarId || m.calendarId === calendarId);
  if (!missing.length) return null;
  return (
    <Flex vertical gap={8} style={{ marginBottom: 16 }} data-testid="next-year-banner">
      {missing.map((m) => (
        <Alert
          key={`${m.calendarId}:${m.year}`}
          type="warning"
          showIcon
          title={t('calendars.nextYear.missing', { name: builtinName(m.builtinKey, m.name), year: m.year })}
          description={t('calendars.nextYear.missingHint', { year: m.year })}
          action={
            onImport ? (
              <Button size="small" type="primary" onClick={onImport}>
                {t('calendars.nextYear.open')}
              </Button>
            ) : calendarId ? undefined : (
              <Link to={`/calendars/${m.calendarId}`}>{t('calendars.nextYear.open')}</Link>
            )
          }
        />
      ))}
    </Flex>
  );
}
