import { Checkbox, DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useUpdateWarranty } from '../warranties.api';
import { type CoverageType, coverageTypes, type Warranty } from '../warranties.types';

interface Values {
  startDate?: Dayjs | null;
  months: number;
  coverage: CoverageType[];
  notes?: string | null;
}

const fields = ['startDate', 'months', 'coverage', 'notes'];

/** Adjusts start, term, coverage and notes of one warranty (If-Match on the version read). */
export function WarrantyFormModal({ warranty, onClose }: { warranty: Warranty; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateWarranty();
  return (
    <FormModal<Values>
      title={t('warranties.edit')}
      fields={fields}
      initialValues={{
        startDate: warranty.startFromAcceptance ? null : dayjs(warranty.startDate),
        months: warranty.months,
        coverage: warranty.coverage,
        notes: warranty.notes,
      }}
      onSubmit={(v) =>
        update.mutateAsync({
          warranty,
          body: {
            startDate: v.startDate ? v.startDate.format('YYYY-MM-DD') : null,
            months: v.months,
            coverage: v.coverage,
            notes: v.notes ?? null,
          },
        })
      }
      onClose={onClose}
    >
      <Form.Item name="startDate" label={t('warranties.fields.startDate')} extra={t('warranties.startHint')}>
        <DatePicker style={{ width: '100%' }} placeholder={t('warranties.startFromAcceptance')} />
      </Form.Item>
      <Form.Item
        name="months"
        label={t('warranties.fields.months')}
        extra={t('warranties.monthsHint')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <InputNumber min={1} max={120} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item
        name="coverage"
        label={t('warranties.fields.coverage')}
        rules={[{ required: true, type: 'array', min: 1, message: t('common.required') }]}
      >
        <Checkbox.Group
          options={coverageTypes.map((c) => ({ value: c, label: t(`warranties.coverage.${c}`) }))}
        />
      </Form.Item>
      <Form.Item name="notes" label={t('warranties.fields.notes')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
