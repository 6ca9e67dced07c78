import { PlusOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert';
import { FormModal } from '../../components/FormModal';
import { PageHeader } from '../../components/PageHeader';
import { PermissionChecks } from '../../components/PermissionChecks';
import { useMe } from '../auth/useAuth';
import { type ApiToken, type TokenInput, useTokenMutations, useTokens } from './tokens.api';

const fmt = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');

export default function TokensPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const tokens = useTokens();
  const { create, revoke } = useTokenMutations();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);

  const status = (x: ApiToken) => {
    if (x.revokedAt) return <Tag color="red">{t('tokens.revoked')}</Tag>;
    if (x.expiresAt && dayjs(x.expiresAt).isBefore(dayjs())) return <Tag>{t('tokens.expired')}</Tag>;
    return <Tag color="green">{t('tokens.active')}</Tag>;
  };

  const onRevoke = async (x: ApiToken) => {
    try {
      await revoke.mutateAsync(x.id);
      message.success(t('tokens.revokedDone'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        subtitle={t('tokens.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tokens.new')}
          </Button>
        }
      />
      <Card>
        <ErrorAlert error={tokens.error} />
        <DataTable<ApiToken>
          rowKey="id"
          size="middle"
          loading={tokens.isLoading}
          dataSource={tokens.data ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyState description={t('tokens.empty')} /> }}
          columns={[
            { title: t('tokens.fields.name'), dataIndex: 'name' },
            {
              title: t('tokens.fields.prefix'),
              dataIndex: 'prefix',
              render: (p: string) => <code>{p}…</code>,
            },
            {
              title: t('tokens.fields.scopes'),
              dataIndex: 'scopes',
              render: (s: string[]) => s.map((x) => <Tag key={x}>{x}</Tag>),
            },
            { title: t('tokens.fields.status'), key: 'status', width: 90, render: (_, x) => status(x) },
            { title: t('tokens.fields.expiresAt'), dataIndex: 'expiresAt', width: 150, render: fmt },
            { title: t('tokens.fields.lastUsedAt'), dataIndex: 'lastUsedAt', width: 150, render: fmt },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 100,
              render: (_, x) =>
                !x.revokedAt && (
                  <ConfirmButton
                    size="small"
                    danger
                    icon={<StopOutlined />}
                    confirm={t('tokens.confirmRevoke', { name: x.name })}
                    onConfirm={() => onRevoke(x)}
                  >
                    {t('tokens.revoke')}
                  </ConfirmButton>
                ),
            },
          ]}
        />
      </Card>
      {creating && (
        <FormModal<TokenInput>
          title={t('tokens.new')}
          onClose={() => setCreating(false)}
          fields={['name', 'scopes', 'expiresInDays']}
          okText={t('tokens.create')}
          width={640}
          initialValues={{
            scopes: me?.permissions.filter((p) => p === 'customers:read') ?? [],
            expiresInDays: 90,
          }}
          onSubmit={async (v) => {
            const created = await create.mutateAsync({ ...v, expiresInDays: v.expiresInDays ?? null });
            setSecret(created.token);
          }}
        >
          <Form.Item
            name="name"
            label={t('tokens.fields.name')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input autoFocus placeholder={t('tokens.namePlaceholder')} />
          </Form.Item>
          <Form.Item
            name="scopes"
            label={t('tokens.fields.scopes')}
            tooltip={t('tokens.scopesHint')}
            rules={[{ required: true, type: 'array', min: 1, message: t('tokens.scopesRequired') }]}
          >
            <PermissionChecks permissions={me?.permissions ?? []} />
          </Form.Item>
          <Form.Item
            name="expiresInDays"
            label={t('tokens.fields.expiresInDays')}
            tooltip={t('tokens.expiryHint')}
          >
            <InputNumber min={1} max={3650} style={{ width: 160 }} />
          </Form.Item>
        </FormModal>
      )}
      <Modal
        open={!!secret}
        title={t('tokens.createdTitle')}
        onCancel={() => setSecret(null)}
        onOk={() => setSecret(null)}
        okText={t('tokens.copiedClose')}
        cancelButtonProps={{ style: { display: 'none' } }}
        maskClosable={false}
      >
        <Alert type="warning" showIcon title={t('tokens.onlyOnce')} style={{ marginBottom: 12 }} />
        <Typography.Paragraph copyable={{ text: secret ?? '' }} code style={{ wordBreak: 'break-all' }}>
          {secret}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
