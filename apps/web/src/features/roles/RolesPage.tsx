import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { localName } from '../../i18n';
import { RoleFormModal } from './RoleFormModal';
import { type Role, useRoleMutations, useRoles } from './roles.api';

export default function RolesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const roles = useRoles();
  const { remove } = useRoleMutations();
  const [editing, setEditing] = useState<Role | null | undefined>(undefined);

  const onDelete = async (r: Role) => {
    try {
      await remove.mutateAsync(r.id);
      message.success(t('roles.deleted'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        title={t('roles.title')}
        subtitle={t('roles.subtitle')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('roles.new')}
          </Button>
        }
      />
      <Card>
        <ErrorAlert error={roles.error} />
        <DataTable<Role>
          rowKey="id"
          size="middle"
          loading={roles.isLoading}
          dataSource={roles.data ?? []}
          pagination={false}
          scroll={{ x: 900 }}
          columns={[
            {
              title: t('roles.fields.name'),
              key: 'name',
              render: (_, r) => (
                <Flex gap={6} align="center">
                  {localName(r)}
                  {r.isSystem && <Tag>{t('roles.system')}</Tag>}
                </Flex>
              ),
            },
            { title: t('roles.fields.key'), dataIndex: 'key', render: (k: string) => <code>{k}</code> },
            {
              title: t('roles.fields.dataScope'),
              dataIndex: 'dataScope',
              render: (s: Role['dataScope']) => t(`scopes.${s}`),
            },
            {
              title: t('roles.fields.permissions'),
              dataIndex: 'permissions',
              render: (p: string[]) => (
                <Tooltip title={p.join(', ')}>
                  <span>{t('roles.permissionCount', { count: p.length })}</span>
                </Tooltip>
              ),
            },
            { title: t('roles.fields.userCount'), dataIndex: 'userCount', width: 100 },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 180,
              render: (_, r) => (
                <Flex gap={4}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(r)}>
                    {t('common.edit')}
                  </Button>
                  {!r.isSystem && (
                    <ConfirmButton
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      disabled={r.userCount > 0}
                      confirm={t('roles.confirmDelete', { name: localName(r) })}
                      onConfirm={() => onDelete(r)}
                    >
                      {t('common.delete')}
                    </ConfirmButton>
                  )}
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {editing !== undefined && <RoleFormModal role={editing} onClose={() => setEditing(undefined)} />}
    </>
  );
}
