/** Related requests (duplicate of, caused by, related) and merging this request into another as a duplicate. */
import { DeleteOutlined, MergeCellsOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Flex, Form, Popconfirm, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../api/client';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { useCan } from '../../auth/useAuth';
import { useAddRelation, useDeleteRelation, useMergeRequest } from '../casework.api';
import {
  type RelationKind,
  type RelationRef,
  type RequestDetail,
  type RequestPage,
  relationKinds,
} from '../requests.types';
import { useActionError } from '../useActionError';

/** Search-as-you-type over the console list (number, subject), excluding this request. */
function RequestPicker({
  exclude,
  value,
  onChange,
  testId,
}: {
  exclude: string;
  value?: string;
  onChange?: (v: string) => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { data, isFetching } = useQuery({
    queryKey: ['requests', 'picker', q],
    queryFn: ({ signal }) =>
      api.get<RequestPage>('/requests', { query: { view: 'all', q: q || undefined, limit: 20 }, signal }),
  });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setQ }}
      value={value}
      onChange={onChange}
      loading={isFetching}
      placeholder={t('requests.relations.searchRequest')}
      style={{ width: 360 }}
      options={(data?.items ?? [])
        .filter((r) => r.id !== exclude)
        .map((r) => ({ value: r.id, label: `${r.number} ${r.subject}` }))}
      data-testid={testId}
    />
  );
}

export function RelationsTab({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const add = useAddRelation(request.id);
  const remove = useDeleteRelation(request.id);
  const merge = useMergeRequest();
  const onError = useActionError(request.id);
  const [form] = Form.useForm<{ relatedId: string; kind: RelationKind }>();
  const [intoId, setIntoId] = useState<string>();
  const editable = can('requests:update');
  const mergeable = editable && !request.mergedIntoId && request.stateCategory !== 'closed';

  const submit = async (v: { relatedId: string; kind: RelationKind }) => {
    try {
      await add.mutateAsync(v);
      form.resetFields();
      message.success(t('requests.relations.added'));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <Flex vertical gap={16}>
      {editable && (
        <Form
          form={form}
          layout="inline"
          onFinish={submit}
          initialValues={{ kind: 'related' }}
          style={{ rowGap: 8 }}
        >
          <Form.Item name="kind" label={t('requests.relations.kind')}>
            <Select
              style={{ width: 140 }}
              options={relationKinds.map((k) => ({ value: k, label: t(`requests.relations.kinds.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="relatedId" rules={[{ required: true, message: t('common.required') }]}>
            <RequestPicker exclude={request.id} />
          </Form.Item>
          <Button htmlType="submit" loading={add.isPending}>
            {t('requests.relations.add')}
          </Button>
        </Form>
      )}
      <DataTable<RelationRef>
        rowKey={(r) => `${r.requestId}:${r.kind}:${r.direction}`}
        size="small"
        pagination={false}
        dataSource={request.relations}
        locale={{ emptyText: <EmptyState description={t('requests.relations.empty')} /> }}
        columns={[
          {
            title: t('requests.relations.kind'),
            key: 'kind',
            width: 200,
            render: (_: unknown, r) =>
              r.direction === 'incoming'
                ? `← ${t(`requests.relations.kinds.${r.kind}`)}`
                : `→ ${t(`requests.relations.kinds.${r.kind}`)}`,
          },
          {
            title: t('requests.relations.related'),
            key: 'number',
            render: (_: unknown, r) => (
              <Link to={`/requests/${r.requestId}`}>
                {r.number} {r.subject}
              </Link>
            ),
          },
          {
            key: 'actions',
            width: 60,
            render: (_: unknown, r) =>
              editable && r.direction === 'outgoing' ? (
                <Button
                  type="text"
                  danger
                  size="small"
                  icon={<DeleteOutlined />}
                  aria-label={t('common.delete')}
                  onClick={async () => {
                    try {
                      await remove.mutateAsync({ relatedId: r.requestId, kind: r.kind });
                      message.success(t('requests.relations.removed'));
                    } catch (err) {
                      onError(err);
                    }
                  }}
                />
              ) : null,
          },
        ]}
      />
      {mergeable && (
        <Card size="small" title={t('requests.relations.merge')}>
          <Typography.Paragraph type="secondary">{t('requests.relations.mergeHint')}</Typography.Paragraph>
          <Flex gap={8} wrap>
            <RequestPicker exclude={request.id} value={intoId} onChange={setIntoId} testId="merge-into" />
            <Popconfirm
              title={t('requests.relations.confirmMerge')}
              okButtonProps={{ danger: true }}
              disabled={!intoId}
              onConfirm={async () => {
                if (!intoId) return;
                try {
                  await merge.mutateAsync({ request, intoId });
                  message.success(t('requests.relations.merged'));
                } catch (err) {
                  onError(err);
                }
              }}
            >
              <Button danger icon={<MergeCellsOutlined />} disabled={!intoId} loading={merge.isPending}>
                {t('requests.relations.merge')}
              </Button>
            </Popconfirm>
          </Flex>
        </Card>
      )}
      {request.mergedIntoId && (
        <Alert
          type="info"
          showIcon
          title={<Link to={`/requests/${request.mergedIntoId}`}>{t('requests.detail.mergedInto')}</Link>}
        />
      )}
    </Flex>
  );
}
