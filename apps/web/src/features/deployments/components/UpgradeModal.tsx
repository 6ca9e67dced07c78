import { Alert, Flex, Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useVersions } from '../../products/products.api';
import { useUpgradeNow } from '../deployments.api';
import type { Deployment } from '../deployments.types';

interface Values {
  toVersionId: string;
  kind: 'planned' | 'emergency';
  note?: string | null;
}

/** Upgrades a deployment right away (planned or emergency); the history keeps the step. */
export function UpgradeModal({ deployment, onClose }: { deployment: Deployment; onClose: () => void }) {
  const { t } = useTranslation();
  const versions = useVersions(deployment.productId);
  const upgrade = useUpgradeNow();
  return (
    <FormModal<Values>
      title={t('deployments.upgrade.title', { product: deployment.productName })}
      okText={t('deployments.upgrade.button')}
      fields={['toVersionId', 'kind', 'note']}
      initialValues={{ kind: 'planned' }}
      onSubmit={(v) => upgrade.mutateAsync({ deployment, body: { ...v, note: v.note ?? null } })}
      onClose={onClose}
    >
      <Alert type="info" showIcon title={t('deployments.upgrade.hint')} style={{ marginBottom: 16 }} />
      <Form.Item label={t('deployments.current')}>
        <Input value={deployment.versionName} disabled />
      </Form.Item>
      <Form.Item
        name="toVersionId"
        label={t('deployments.upgrade.toVersion')}
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
      <Form.Item name="kind" label={t('deployments.upgrade.kind')}>
        <Radio.Group>
          <Flex vertical gap={8}>
            {(['planned', 'emergency'] as const).map((k) => (
              <Radio key={k} value={k}>
                {t(`deployments.kind.${k}`)}{' '}
                <span style={{ opacity: 0.6 }}>— {t(`deployments.kindHint.${k}`)}</span>
              </Radio>
            ))}
          </Flex>
        </Radio.Group>
      </Form.Item>
      <Form.Item name="note" label={t('deployments.upgrade.note')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}
