import { DatePicker, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../../components/FormModal';
import { useSaveVersion } from '../products.api';
import type { ProductVersion } from '../products.types';

interface Values {
  name: string;
  releaseDate?: Dayjs | null;
  releaseNotes?: string | null;
  fixedDefects?: string;
  securityFixes?: string;
}

const fields = ['name', 'releaseDate', 'releaseNotes', 'fixedDefects', 'securityFixes'];
/** Lists are edited one item per line; blank lines are dropped. */
const lines = (s: string | undefined) =>
  (s ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

export function VersionFormModal({
  productId,
  version,
  onClose,
}: {
  productId: string;
  version?: ProductVersion;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveVersion(productId);
  return (
    <FormModal<Values>
      title={version ? t('products.versions.edit', { name: version.name }) : t('products.versions.new')}
      fields={fields}
      width={640}
      initialValues={
        version
          ? {
              name: version.name,
              releaseDate: version.releaseDate ? dayjs(version.releaseDate) : null,
              releaseNotes: version.releaseNotes,
              fixedDefects: version.fixedDefects.join('\n'),
              securityFixes: version.securityFixes.join('\n'),
            }
          : { releaseDate: dayjs() }
      }
      onSubmit={(v) =>
        save.mutateAsync({
          version,
          body: {
            name: v.name,
            releaseDate: v.releaseDate ? v.releaseDate.format('YYYY-MM-DD') : null,
            releaseNotes: v.releaseNotes ?? null,
            fixedDefects: lines(v.fixedDefects),
            securityFixes: lines(v.securityFixes),
          },
        })
      }
      onClose={onClose}
    >
      <Form.Item
        name="name"
        label={t('products.versions.name')}
        extra={t('products.versions.nameHint')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input autoFocus maxLength={64} />
      </Form.Item>
      <Form.Item name="releaseDate" label={t('products.versions.releaseDate')}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="releaseNotes" label={t('products.versions.releaseNotes')}>
        <Input.TextArea rows={3} maxLength={20000} />
      </Form.Item>
      <Form.Item
        name="fixedDefects"
        label={t('products.versions.fixedDefects')}
        extra={t('products.versions.listHint')}
      >
        <Input.TextArea rows={3} placeholder="CRM-1021" />
      </Form.Item>
      <Form.Item
        name="securityFixes"
        label={t('products.versions.securityFixes')}
        extra={t('products.versions.listHint')}
      >
        <Input.TextArea rows={2} placeholder="CVE-2025-31012" />
      </Form.Item>
    </FormModal>
  );
}
