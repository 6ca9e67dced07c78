import { DatePicker, Form, Input, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useVersions } from '../../products/products.api';
import { useSavePlannedUpgrade } from '../deployments.api';
import type { Deployment, PlannedUpgrade } from '../deployments.types';

interface Values {
  targetVersionId: string;
  noticeDate?: Dayjs | null;
  window: [Dayjs, Dayjs];
  emergency: boolean;
  preparationGuide?: string | null;
  notes?: string | null;
}

const fields = ['targetVersionId', 'noticeDate', 'window', 'emergency', 'preparationGuide', 'notes'];

/** Plans an upgrade: target version, the day the customer is told by, the window and a preparation guide. */
export function PlannedUpgradeFormModal({
  deployment,
  upgrade,
  onClose,
}: {
  deployment: Deployment;
  upgrade?: PlannedUpgrade;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const versions = useVersions(deployment.productId);
  const save = useSavePlannedUpgrade(deployment.id);
  const [form] = Form.useForm<Values>();
  const emergency = Form.useWatch('emergency', form);
  const start = dayjs().add(14, 'day').hour(20).minute(0).second(0);
  return (
    <FormModal<Values>
      form={form}
      width={640}
      title={upgrade ? t('deployments.planned.edit') : t('deployments.planned.new')}
      fields={fields}
      initialValues={
        upgrade
          ? {
              targetVersionId: upgrade.targetVersionId,
              noticeDate: upgrade.noticeDate ? dayjs(upgrade.noticeDate) : null,
              window: [dayjs(upgrade.windowStart), dayjs(upgrade.windowEnd)],
              emergency: upgrade.emergency,
              preparationGuide: upgrade.preparationGuide,
              notes: upgrade.notes,
            }
          : { emergency: false, noticeDate: dayjs().add(7, 'day'), window: [start, start.add(4, 'hour')] }
      }
      onSubmit={(v) =>
        save.mutateAsync({
          upgrade,
          body: {
            targetVersionId: v.targetVersionId,
            noticeDate: v.noticeDate ? v.noticeDate.format('YYYY-MM-DD') : null,
            windowStart: v.window[0].toISOString(),
            windowEnd: v.window[1].toISOString(),
            emergency: v.emergency,
            preparationGuide: v.preparationGuide ?? null,
            notes: v.notes ?? null,
          },
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="targetVersionId"
        label={t('deployments.planned.target')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          autoFocus
          loading={versions.isLoading}
          options={(versions.data?.items ?? [])
            .filter((v) => v.id !== deployment.versionId)
            .map((v) => ({ value: v.id, label: v.releaseDate ? `${v.name} · ${v.releaseDate}` : v.name }))}
        />
      </Form.Item>
      <Form.Item name="emergency" label={t('deployments.planned.emergency')} valuePropName="checked">
        <Switch />
      </Form.Item>
      <Form.Item
        name="noticeDate"
        label={t('deployments.planned.noticeDate')}
        extra={t('deployments.planned.noticeHint')}
        rules={[{ required: !emergency, message: t('common.required') }]}
      >
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item
        name="window"
        label={t('deployments.planned.window')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <DatePicker.RangePicker
          showTime={{ format: 'HH:mm' }}
          format="YYYY-MM-DD HH:mm"
          style={{ width: '100%' }}
        />
      </Form.Item>
      <Form.Item name="preparationGuide" label={t('deployments.planned.preparationGuide')}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item name="notes" label={t('deployments.planned.notes')}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
    </FormModal>
  );
}
