import { Alert, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { localName } from '../../i18n';
import { useTeamOptions } from '../customers/customers.api';
import { useRoles } from '../roles/roles.api';
import { type User, type UserCreate, useUserMutations } from './users.api';

type Values = UserCreate;
const fields = ['username', 'displayName', 'email', 'password', 'roleId', 'teamIds', 'locale'];

/** Creates a user, or edits one (without username and password, which have their own flows). */
export function UserFormModal({ user, onClose }: { user: User | null; onClose: () => void }) {
  const { t } = useTranslation();
  const roles = useRoles();
  const teams = useTeamOptions();
  const { create, update } = useUserMutations();

  const submit = async (v: Values) => {
    const email = v.email?.trim() ? v.email.trim() : null;
    if (user) {
      await update.mutateAsync({
        id: user.id,
        displayName: v.displayName,
        email,
        roleId: v.roleId,
        teamIds: v.teamIds ?? [],
        locale: v.locale,
      });
    } else {
      await create.mutateAsync({ ...v, email, teamIds: v.teamIds ?? [] });
    }
  };

  return (
    <FormModal<Values>
      title={user ? t('users.edit') : t('users.new')}
      onClose={onClose}
      onSubmit={submit}
      fields={fields}
      initialValues={
        user
          ? {
              username: user.username,
              displayName: user.displayName,
              email: user.email,
              roleId: user.role.id,
              teamIds: user.teams.map((x) => x.id),
              // The user answer types the locale as a plain string; the server only stores known ones.
              locale: user.locale as UserCreate['locale'],
            }
          : { locale: 'zh-CN', teamIds: [] }
      }
    >
      <Form.Item
        name="username"
        label={t('users.fields.username')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input autoFocus={!user} disabled={!!user} autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t('users.fields.displayName')}
        rules={[{ required: true, whitespace: true, message: t('common.required') }]}
      >
        <Input autoFocus={!!user} />
      </Form.Item>
      <Form.Item
        name="email"
        label={t('users.fields.email')}
        rules={[{ type: 'email', message: t('common.invalidEmail') }]}
      >
        <Input />
      </Form.Item>
      {!user && (
        <Form.Item
          name="password"
          label={t('users.fields.password')}
          rules={[{ required: true, min: 8, message: t('users.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      )}
      <Form.Item
        name="roleId"
        label={t('users.fields.role')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Select
          loading={roles.isLoading}
          showSearch
          optionFilterProp="label"
          options={(roles.data ?? []).map((r) => ({ value: r.id, label: localName(r) }))}
        />
      </Form.Item>
      <Form.Item name="teamIds" label={t('users.fields.teams')}>
        <Select
          mode="multiple"
          loading={teams.isLoading}
          optionFilterProp="label"
          options={(teams.data ?? []).map((x) => ({ value: x.id, label: localName(x) }))}
        />
      </Form.Item>
      <Form.Item name="locale" label={t('users.fields.locale')}>
        <Select
          options={[
            { value: 'zh-CN', label: '简体中文' },
            { value: 'en', label: 'English' },
          ]}
        />
      </Form.Item>
    </FormModal>
  );
}

export function PasswordModal({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useTranslation();
  const { setPassword } = useUserMutations();
  return (
    <FormModal<{ password: string }>
      title={t('users.resetPasswordFor', { name: user.displayName })}
      onClose={onClose}
      fields={['password']}
      onSubmit={(v) => setPassword.mutateAsync({ id: user.id, password: v.password })}
    >
      <Alert type="info" showIcon title={t('security.users.passwordNote')} style={{ marginBottom: 16 }} />
      <Form.Item
        name="password"
        label={t('users.fields.newPassword')}
        rules={[{ required: true, min: 8, message: t('users.passwordRule') }]}
      >
        <Input.Password autoFocus autoComplete="new-password" />
      </Form.Item>
    </FormModal>
  );
}
