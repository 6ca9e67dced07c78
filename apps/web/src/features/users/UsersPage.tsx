import { EditOutlined, KeyOutlined, PlusOutlined, SafetyOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Input, Select, Tag } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { CursorPager, useCursorPages } from '../../components/CursorPager';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { localName } from '../../i18n';
import { resetUserTotp } from '../auth/security.api';
import { useMe } from '../auth/useAuth';
import { useTeamOptions } from '../customers/customers.api';
import { useRoles } from '../roles/roles.api';
import { PasswordModal, UserFormModal } from './UserFormModal';
import { type User, type UserFilters, useUserMutations, useUsers } from './users.api';

export default function UsersPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const [filters, setFilters] = useState<UserFilters>({});
  const pages = useCursorPages();
  const { data, isFetching, error } = useUsers(filters, pages.cursor);
  const roles = useRoles();
  const teams = useTeamOptions();
  const { update } = useUserMutations();
  const [editing, setEditing] = useState<User | null | undefined>(undefined);
  const [passwordFor, setPasswordFor] = useState<User | null>(null);
  const filterKey = JSON.stringify(filters);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter starts from the first page.
  useEffect(() => pages.reset(), [filterKey]);

  const toggle = async (u: User) => {
    try {
      await update.mutateAsync({ id: u.id, disabled: !u.disabled });
      message.success(u.disabled ? t('users.enabled') : t('users.disabledDone'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const resetTotp = async (u: User) => {
    try {
      await resetUserTotp(u.id);
      message.success(t('security.users.totpReset'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      <PageHeader
        title={t('users.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('users.new')}
          </Button>
        }
      />
      <Card>
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('users.searchPlaceholder')}
            onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            placeholder={t('users.fields.role')}
            value={filters.roleKey}
            onChange={(roleKey?: string) => setFilters({ ...filters, roleKey })}
            options={(roles.data ?? []).map((r) => ({ value: r.key, label: localName(r) }))}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t('users.fields.teams')}
            value={filters.teamId}
            onChange={(teamId?: string) => setFilters({ ...filters, teamId })}
            options={(teams.data ?? []).map((x) => ({ value: x.id, label: localName(x) }))}
            style={{ width: 160 }}
          />
          <Select
            allowClear
            placeholder={t('users.fields.status')}
            value={filters.disabled}
            onChange={(disabled?: 'true' | 'false') => setFilters({ ...filters, disabled })}
            options={[
              { value: 'false', label: t('users.active') },
              { value: 'true', label: t('users.disabled') },
            ]}
            style={{ width: 120 }}
          />
        </Flex>
        <ErrorAlert error={error} />
        <DataTable<User>
          rowKey="id"
          size="middle"
          loading={isFetching}
          dataSource={data?.items ?? []}
          pagination={false}
          scroll={{ x: 1200 }}
          locale={{ emptyText: <EmptyState description={t('users.empty')} /> }}
          columns={[
            { title: t('users.fields.username'), dataIndex: 'username', width: 150 },
            { title: t('users.fields.displayName'), dataIndex: 'displayName', width: 150 },
            { title: t('users.fields.role'), key: 'role', render: (_, u) => localName(u.role), width: 140 },
            {
              title: t('users.fields.teams'),
              key: 'teams',
              render: (_, u) => u.teams.map((x) => <Tag key={x.id}>{localName(x)}</Tag>),
            },
            {
              title: t('users.fields.status'),
              dataIndex: 'disabled',
              width: 90,
              render: (d: boolean) =>
                d ? (
                  <Tag color="red">{t('users.disabled')}</Tag>
                ) : (
                  <Tag color="green">{t('users.active')}</Tag>
                ),
            },
            {
              title: t('security.users.twoStep'),
              dataIndex: 'totpEnabled',
              width: 110,
              render: (on: boolean) =>
                on ? <Tag color="blue">{t('security.totp.on')}</Tag> : <Tag>{t('security.totp.off')}</Tag>,
            },
            {
              title: t('users.fields.lastLoginAt'),
              dataIndex: 'lastLoginAt',
              width: 150,
              render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—'),
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 420,
              fixed: 'right',
              render: (_, u) => (
                <Flex gap={0}>
                  <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(u)}>
                    {t('common.edit')}
                  </Button>
                  <Button size="small" type="link" icon={<KeyOutlined />} onClick={() => setPasswordFor(u)}>
                    {t('users.resetPassword')}
                  </Button>
                  {u.totpEnabled && (
                    <ConfirmButton
                      size="small"
                      type="link"
                      icon={<SafetyOutlined />}
                      confirm={t('security.users.confirmResetTotp', { name: u.displayName })}
                      onConfirm={() => resetTotp(u)}
                    >
                      {t('security.users.resetTotp')}
                    </ConfirmButton>
                  )}
                  {u.id !== me?.id &&
                    (u.disabled ? (
                      <Button size="small" type="link" onClick={() => void toggle(u)}>
                        {t('users.enable')}
                      </Button>
                    ) : (
                      <ConfirmButton
                        size="small"
                        type="link"
                        danger
                        confirm={t('security.users.confirmDisable', { name: u.displayName })}
                        onConfirm={() => toggle(u)}
                      >
                        {t('users.disable')}
                      </ConfirmButton>
                    ))}
                </Flex>
              ),
            },
          ]}
        />
        <CursorPager
          page={pages.page}
          nextCursor={data?.nextCursor}
          onPrev={pages.prev}
          onNext={pages.next}
          loading={isFetching}
        />
      </Card>
      {editing !== undefined && <UserFormModal user={editing} onClose={() => setEditing(undefined)} />}
      {passwordFor && <PasswordModal user={passwordFor} onClose={() => setPasswordFor(null)} />}
    </>
  );
}
