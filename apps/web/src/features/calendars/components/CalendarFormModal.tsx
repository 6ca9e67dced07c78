import { AutoComplete, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useCreateCalendar, useUpdateCalendar } from '../calendars.api';
import type { Calendar, WeeklyHours } from '../calendars.types';

interface Values {
  name: string;
  timeZone: string;
}

const office = [
  { start: '09:00', end: '12:00' },
  { start: '13:00', end: '18:00' },
];
/** New calendars start as a Chinese office week; the editor changes it. */
const defaultWeek: WeeklyHours = {
  mon: office,
  tue: office,
  wed: office,
  thu: office,
  fri: office,
  sat: [],
  sun: [],
};

const zones = (() => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return ['Asia/Shanghai', 'Asia/Hong_Kong', 'Asia/Singapore', 'Asia/Tokyo', 'Europe/London', 'UTC'];
  }
})();

/** Creates a calendar, or renames one / changes its time zone (If-Match on the version read). */
export function CalendarFormModal({
  calendar,
  onClose,
  onSaved,
}: {
  calendar?: Calendar;
  onClose: () => void;
  onSaved?: (c: Calendar) => void;
}) {
  const { t } = useTranslation();
  const create = useCreateCalendar();
  const update = useUpdateCalendar();
  return (
    <FormModal<Values>
      title={calendar ? t('calendars.editInfo') : t('calendars.new')}
      fields={['name', 'timeZone']}
      initialValues={
        calendar ? { name: calendar.name, timeZone: calendar.timeZone } : { timeZone: 'Asia/Shanghai' }
      }
      onSubmit={async (v) => {
        const saved = calendar
          ? await update.mutateAsync({ calendar, body: v })
          : await create.mutateAsync({ ...v, weeklyHours: defaultWeek });
        onSaved?.(saved);
      }}
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('calendars.fields.name')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input autoFocus maxLength={200} />
      </Form.Item>
      <Form.Item
        name="timeZone"
        label={t('calendars.fields.timeZone')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <AutoComplete
          options={zones.map((z) => ({ value: z }))}
          showSearch={{
            filterOption: (input, option) =>
              String(option?.value ?? '')
                .toLowerCase()
                .includes(input.toLowerCase()),
          }}
        />
      </Form.Item>
    </FormModal>
  );
}
