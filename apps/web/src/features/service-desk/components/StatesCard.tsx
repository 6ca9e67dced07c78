/** Request states (data, grouped in categories) and the transition table as a from × to checkbox grid. */
import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Checkbox,
  Flex,
  Form,
  Input,
  InputNumber,
  Modal,
  Popconfirm,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { applyFieldErrors } from '../../../components/FormErrors';
import { currentLocale } from '../../../i18n';
import { useCan } from '../../auth/useAuth';
import { useRequestStates } from '../../requests/requests.api';
import { categoryColor } from '../../requests/requests.format';
import { type RequestState, stateCategories } from '../../requests/requests.types';
import { type StateInput, useStateMutations } from '../serviceDesk.api';

const name = (s: RequestState) => (currentLocale() === 'en' ? s.nameEn : s.nameZh);

function StateModal({ state, onClose }: { state: RequestState | 'new'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { create, update } = useStateMutations();
  const [form] = Form.useForm<StateInput>();
  const [error, setError] = useState<unknown>(null);
  const isNew = state === 'new';
  const submit = async (v: StateInput) => {
    setError(null);
    try {
      if (isNew) await create.mutateAsync(v);
      else
        await update.mutateAsync({
          key: state.key,
          body: {
            nameZh: v.nameZh,
            nameEn: v.nameEn,
            position: v.position,
          },
        });
      message.success(t('serviceDesk.states.saved'));
      onClose();
    } catch (err) {
      if (!applyFieldErrors(form, err, ['key', 'category', 'nameZh', 'nameEn', 'position'])) setError(err);
    }
  };
  return (
    <Modal
      open
      title={isNew ? t('serviceDesk.states.add') : t('serviceDesk.states.edit')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending || update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form<StateInput>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={isNew ? { category: 'open' } : state}
      >
        <Form.Item
          name="key"
          label={t('serviceDesk.states.key')}
          extra={t('serviceDesk.states.keyHint')}
          rules={[
            { required: true, pattern: /^[a-z][a-z0-9_]{1,39}$/, message: t('serviceDesk.states.keyHint') },
          ]}
        >
          <Input disabled={!isNew} />
        </Form.Item>
        <Form.Item name="category" label={t('serviceDesk.states.category')} rules={[{ required: true }]}>
          <Select
            disabled={!isNew}
            options={stateCategories.map((c) => ({ value: c, label: t(`requests.stateCategory.${c}`) }))}
          />
        </Form.Item>
        <Form.Item
          name="nameZh"
          label={t('serviceDesk.states.nameZh')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item
          name="nameEn"
          label={t('serviceDesk.states.nameEn')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="position" label={t('serviceDesk.states.position')}>
          <InputNumber min={0} max={1000} precision={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function TransitionGrid({ states, initial }: { states: RequestState[]; initial: Set<string> }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const can = useCan();
  const { transitions } = useStateMutations();
  const [checked, setChecked] = useState(initial);
  useEffect(() => setChecked(initial), [initial]);
  const manage = can('service_desk:manage');
  const toggle = (k: string) =>
    setChecked((s) => {
      const next = new Set(s);
      if (next.has(k)) next.delete(k);
      else next.add(k);
      return next;
    });
  const save = async () => {
    try {
      await transitions.mutateAsync(
        [...checked].map((k) => {
          const [from = '', to = ''] = k.split('>');
          return { from, to };
        }),
      );
      message.success(t('serviceDesk.states.transitionsSaved'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  return (
    <>
      <Typography.Title level={5} style={{ marginTop: 24 }}>
        {t('serviceDesk.states.transitions')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('serviceDesk.states.transitionsHint')}</Typography.Paragraph>
      <div style={{ overflowX: 'auto' }}>
        <table style={{ borderCollapse: 'collapse' }} data-testid="transition-grid">
          <thead>
            <tr>
              <th style={{ textAlign: 'start', padding: 6 }}>{t('serviceDesk.states.from')}</th>
              {states.map((s) => (
                <th key={s.key} style={{ padding: 6, fontWeight: 500, whiteSpace: 'nowrap' }}>
                  {name(s)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {states.map((from) => (
              <tr key={from.key} style={{ borderTop: '1px solid #f0f0f0' }}>
                <td style={{ padding: 6, whiteSpace: 'nowrap' }}>{name(from)}</td>
                {states.map((to) => (
                  <td key={to.key} style={{ textAlign: 'center', padding: 6 }}>
                    {from.key !== to.key && (
                      <Checkbox
                        disabled={!manage}
                        checked={checked.has(`${from.key}>${to.key}`)}
                        onChange={() => toggle(`${from.key}>${to.key}`)}
                        aria-label={`${name(from)} → ${name(to)}`}
                      />
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {manage && (
        <Button type="primary" style={{ marginTop: 12 }} onClick={save} loading={transitions.isPending}>
          {t('serviceDesk.states.saveTransitions')}
        </Button>
      )}
    </>
  );
}

export function StatesCard() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const can = useCan();
  const manage = can('service_desk:manage');
  const { data, isLoading, error } = useRequestStates();
  const { remove } = useStateMutations();
  const [editing, setEditing] = useState<RequestState | 'new' | null>(null);
  const states = [...(data?.states ?? [])].sort((a, b) => a.position - b.position);
  const [initial, setInitial] = useState(new Set<string>());
  useEffect(() => {
    setInitial(new Set((data?.transitions ?? []).map((tr) => `${tr.from}>${tr.to}`)));
  }, [data]);

  return (
    <>
      <ErrorAlert error={error} />
      {manage && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            {t('serviceDesk.states.add')}
          </Button>
        </Flex>
      )}
      <DataTable<RequestState>
        rowKey="key"
        size="small"
        loading={isLoading}
        dataSource={states}
        pagination={false}
        data-testid="states-table"
        columns={[
          { title: t('serviceDesk.states.position'), dataIndex: 'position', width: 70 },
          {
            title: t('serviceDesk.states.key'),
            dataIndex: 'key',
            width: 160,
            render: (k: string) => <code>{k}</code>,
          },
          {
            title: t('serviceDesk.states.category'),
            dataIndex: 'category',
            width: 110,
            render: (c: string) => <Tag color={categoryColor[c]}>{t(`requests.stateCategory.${c}`)}</Tag>,
          },
          { title: t('serviceDesk.states.nameZh'), dataIndex: 'nameZh' },
          { title: t('serviceDesk.states.nameEn'), dataIndex: 'nameEn' },
          {
            title: t('serviceDesk.states.builtin'),
            dataIndex: 'builtin',
            width: 70,
            render: (b: boolean) => (b ? t('common.yes') : ''),
          },
          ...(manage
            ? [
                {
                  key: 'actions',
                  width: 100,
                  render: (_: unknown, s: RequestState) => (
                    <Flex gap={4}>
                      <Button
                        type="text"
                        size="small"
                        icon={<EditOutlined />}
                        aria-label={t('common.edit')}
                        onClick={() => setEditing(s)}
                      />
                      {!s.builtin && (
                        <Popconfirm
                          title={t('serviceDesk.states.confirmDelete', { name: name(s) })}
                          okButtonProps={{ danger: true }}
                          onConfirm={async () => {
                            try {
                              await remove.mutateAsync(s.key);
                              message.success(t('serviceDesk.states.deleted'));
                            } catch (err) {
                              message.error(errorMessage(err));
                            }
                          }}
                        >
                          <Button
                            type="text"
                            size="small"
                            danger
                            icon={<DeleteOutlined />}
                            aria-label={t('common.delete')}
                          />
                        </Popconfirm>
                      )}
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {states.length > 0 && <TransitionGrid states={states} initial={initial} />}
      {editing && <StateModal state={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
