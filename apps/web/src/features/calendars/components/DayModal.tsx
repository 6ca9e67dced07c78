import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useSaveDay } from '../calendars.api';
import { type MonthDay, type WeekdayKey, weekdayKeys } from '../calendars.types';

interface Values {
  kind: 'regular' | 'holiday' | 'workday';
  name?: string | null;
  hoursOf?: WeekdayKey | '';
}

/** Makes one date a holiday, a make-up working day (调休), or plain again. */
export function DayModal({
  calendarId,
  day,
  onClose,
  onSaved,
}: {
  calendarId: string;
  day: MonthDay;
  onClose: () => void;
  onSaved?: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const save = useSaveDay(calendarId);
  return (
    <FormModal<Values>
      form={form}
      title={t('calendars.day.title', { date: day.date, weekday: t(`calendars.weekday.${day.weekday}`) })}
      fields={['kind', 'name', 'hoursOf']}
      initialValues={{ kind: day.kind, name: day.name, hoursOf: '' }}
      onSubmit={async (v) => {
        await save.mutateAsync({
          date: day.date,
          body:
            v.kind === 'regular'
              ? null
              : {
                  kind: v.kind,
                  name: v.name?.trim() || null,
                  hoursOf: v.kind === 'workday' ? v.hoursOf || null : null,
                },
        });
        onSaved?.();
      }}
      onClose={onClose}
    >
      <Form.Item name="kind" label={t('calendars.day.kind')}>
        <Radio.Group
          optionType="button"
          buttonStyle="solid"
          options={[
            { value: 'regular', label: t('calendars.day.regular') },
            { value: 'holiday', label: t('calendars.day.holiday') },
            { value: 'workday', label: t('calendars.day.workday') },
          ]}
        />
      </Form.Item>
      {kind !== 'regular' && (
        <Form.Item name="name" label={t('calendars.day.name')}>
          <Input autoFocus maxLength={200} placeholder={t('calendars.day.namePlaceholder')} />
        </Form.Item>
      )}
      {kind === 'workday' && (
        <Form.Item name="hoursOf" label={t('calendars.day.hoursOf')}>
          <Select
            options={[
              { value: '', label: t('calendars.day.hoursOfDefault') },
              ...weekdayKeys.map((k) => ({ value: k, label: t(`calendars.weekday.${k}`) })),
            ]}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
