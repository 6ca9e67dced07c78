/** Saved console views: pick one to apply its filters, save the current filters under a name, delete own views. */
import { DeleteOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Flex, Form, Input, Modal, Popconfirm, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { applyFieldErrors } from '../../../components/FormErrors';
import { filterQuery, useDeleteView, useSavedViews, useSaveView } from '../requests.api';
import type { RequestFilters } from '../requests.types';

/** Saved filters come back parsed by the server (lists as arrays); the console keeps them comma-joined. */
function fromSaved(saved: Record<string, unknown>): RequestFilters {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(saved)) {
    if (Array.isArray(v)) {
      if (v.length) out[k] = v.join(',');
    } else if (typeof v === 'string' || typeof v === 'number') out[k] = String(v);
  }
  return out as RequestFilters;
}

export function SavedViews({
  filters,
  onApply,
}: {
  filters: RequestFilters;
  onApply: (f: RequestFilters) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: saved } = useSavedViews();
  const save = useSaveView();
  const remove = useDeleteView();
  const [picked, setPicked] = useState<string | undefined>();
  const [naming, setNaming] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<{ name: string }>();
  const current = saved?.find((v) => v.id === picked);

  const submit = async ({ name }: { name: string }) => {
    setError(null);
    try {
      const view = await save.mutateAsync({ name: name.trim(), filters: filterQuery(filters) });
      setPicked(view.id);
      setNaming(false);
      message.success(t('requests.savedViews.saved'));
    } catch (err) {
      if (!applyFieldErrors(form, err, ['name'])) setError(err);
    }
  };

  return (
    <Flex gap={4} align="center">
      <Select
        allowClear
        placeholder={t('requests.savedViews.pick')}
        aria-label={t('requests.savedViews.label')}
        value={picked}
        notFoundContent={t('requests.savedViews.none')}
        onChange={(id?: string) => setPicked(id)}
        // onSelect also fires when the picked view is chosen again after the filters moved on.
        onSelect={(id?: string) => {
          const view = saved?.find((v) => v.id === id);
          if (view) onApply(fromSaved(view.filters));
        }}
        options={(saved ?? []).map((v) => ({ value: v.id, label: v.name }))}
        style={{ width: 180 }}
        data-testid="saved-views"
      />
      {current && (
        <Popconfirm
          title={t('requests.savedViews.confirmDelete', { name: current.name })}
          okButtonProps={{ danger: true }}
          onConfirm={async () => {
            try {
              await remove.mutateAsync(current.id);
              setPicked(undefined);
              message.success(t('requests.savedViews.deleted'));
            } catch (err) {
              message.error(errorMessage(err));
            }
          }}
        >
          <Button icon={<DeleteOutlined />} aria-label={t('common.delete')} />
        </Popconfirm>
      )}
      <Button icon={<SaveOutlined />} onClick={() => setNaming(true)} data-testid="save-view">
        {t('requests.savedViews.save')}
      </Button>
      <Modal
        open={naming}
        title={t('requests.savedViews.save')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={save.isPending}
        onOk={() => form.submit()}
        onCancel={() => setNaming(false)}
        destroyOnHidden
      >
        <ErrorAlert error={error} />
        <Form form={form} layout="vertical" onFinish={submit} preserve={false}>
          <Form.Item
            name="name"
            label={t('requests.savedViews.name')}
            rules={[{ required: true, whitespace: true, message: t('common.required') }]}
          >
            <Input maxLength={60} autoFocus data-testid="saved-view-name" />
          </Form.Item>
        </Form>
      </Modal>
    </Flex>
  );
}
