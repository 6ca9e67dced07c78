/**
 * The console's bulk actions on the selected rows: assign, change state, add
 * a tag, merge into one of them. Each row is sent with the version the list
 * showed; the answer reports every row, and the rows that failed stay
 * selected with why (stale, not allowed in its state, out of scope).
 */
import { Alert, App, Button, Flex, Form, Input, List, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ErrorAlert';
import { useUserOptions } from '../../customers/customers.api';
import { useBulkAction, useRequestStates } from '../requests.api';
import type { BulkAction, BulkResult, RequestListItem } from '../requests.types';
import { useStateName } from './RequestTags';

type Kind = BulkAction['action'];
const QUEUE = '__queue__';

export function BulkActionBar({
  selected,
  onDone,
  onClear,
}: {
  selected: RequestListItem[];
  /** Called with the ids that failed (they stay selected). */
  onDone: (failedIds: string[]) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const bulk = useBulkAction();
  const users = useUserOptions();
  const states = useRequestStates();
  const stateName = useStateName();
  const [kind, setKind] = useState<Kind | null>(null);
  const [result, setResult] = useState<BulkResult | null>(null);
  const [form] = Form.useForm();
  const numberOf = new Map(selected.map((r) => [r.id, r.number]));

  const submit = async () => {
    const v = await form.validateFields();
    const all = selected.map((r) => ({ id: r.id, version: r.version }));
    let body: BulkAction;
    if (kind === 'assign') {
      body = { action: 'assign', items: all, assigneeId: v.assigneeId === QUEUE ? null : v.assigneeId };
    } else if (kind === 'transition') {
      body = { action: 'transition', items: all, to: v.to, ...(v.note ? { note: v.note } : {}) };
    } else if (kind === 'tag') {
      body = { action: 'tag', items: all, tag: String(v.tag).trim() };
    } else {
      body = { action: 'merge', items: all.filter((i) => i.id !== v.intoId), intoId: v.intoId };
    }
    try {
      const res = await bulk.mutateAsync(body);
      setKind(null);
      form.resetFields();
      if (res.failed) setResult(res);
      else message.success(t('requests.bulk.allDone', { count: res.succeeded }));
      onDone(res.results.filter((r) => !r.ok).map((r) => r.id));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const reason = (code: string | null) =>
    t(`requests.bulk.reasons.${code ?? 'other'}`, { defaultValue: t('requests.bulk.reasons.other') });

  return (
    <>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }} data-testid="bulk-bar">
        <Typography.Text strong>{t('requests.bulk.selected', { count: selected.length })}</Typography.Text>
        {(['assign', 'transition', 'tag', 'merge'] as const).map((k) => (
          <Button
            key={k}
            size="small"
            onClick={() => setKind(k)}
            disabled={k === 'merge' && selected.length < 2}
            data-testid={`bulk-${k}`}
          >
            {t(`requests.bulk.${k}`)}
          </Button>
        ))}
        <Button size="small" type="link" onClick={onClear}>
          {t('requests.bulk.clear')}
        </Button>
      </Flex>
      <Modal
        open={kind !== null}
        title={
          kind
            ? `${t(`requests.bulk.${kind}`)} · ${t('requests.bulk.selected', { count: selected.length })}`
            : ''
        }
        okText={t('requests.bulk.apply')}
        okButtonProps={{ 'data-testid': 'bulk-apply' } as React.ComponentProps<typeof Button>}
        onOk={() => void submit()}
        confirmLoading={bulk.isPending}
        onCancel={() => setKind(null)}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" preserve={false}>
          {kind === 'assign' && (
            <Form.Item name="assigneeId" label={t('requests.bulk.assignTo')} rules={[{ required: true }]}>
              <Select
                showSearch
                optionFilterProp="label"
                data-testid="bulk-assignee"
                options={[
                  { value: QUEUE, label: t('requests.bulk.toQueue') },
                  ...(users.data ?? []).map((u) => ({ value: u.id, label: u.displayName })),
                ]}
              />
            </Form.Item>
          )}
          {kind === 'transition' && (
            <>
              <Form.Item name="to" label={t('requests.bulk.to')} rules={[{ required: true }]}>
                <Select
                  data-testid="bulk-state"
                  options={(states.data?.states ?? []).map((s) => ({
                    value: s.key,
                    label: stateName(s.key),
                  }))}
                />
              </Form.Item>
              <Form.Item name="note" label={t('requests.bulk.note')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
            </>
          )}
          {kind === 'tag' && (
            <Form.Item
              name="tag"
              label={t('requests.bulk.tagName')}
              rules={[{ required: true, whitespace: true, max: 40 }]}
            >
              <Input maxLength={40} data-testid="bulk-tag-input" />
            </Form.Item>
          )}
          {kind === 'merge' && (
            <Form.Item
              name="intoId"
              label={t('requests.bulk.mergeInto')}
              extra={t('requests.bulk.mergeHint')}
              rules={[{ required: true }]}
            >
              <Select
                data-testid="bulk-merge-into"
                options={selected.map((r) => ({ value: r.id, label: `${r.number} · ${r.subject}` }))}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={result !== null}
        title={result ? t('requests.bulk.done', { succeeded: result.succeeded, failed: result.failed }) : ''}
        footer={null}
        onCancel={() => setResult(null)}
      >
        <Alert
          type="warning"
          showIcon
          message={t('requests.bulk.failedTitle')}
          style={{ marginBottom: 12 }}
        />
        <List
          size="small"
          data-testid="bulk-failures"
          dataSource={result?.results.filter((r) => !r.ok) ?? []}
          renderItem={(r) => (
            <List.Item key={r.id}>
              <List.Item.Meta title={numberOf.get(r.id) ?? r.id} description={reason(r.code)} />
            </List.Item>
          )}
        />
      </Modal>
    </>
  );
}
