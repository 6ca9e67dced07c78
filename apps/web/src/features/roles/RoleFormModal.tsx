import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { PermissionChecks } from '../../components/PermissionChecks';
import { dataScopes, type Role, type RoleInput, usePermissionList, useRoleMutations } from './roles.api';

const fields = ['key', 'nameZh', 'nameEn', 'permissions', 'dataScope'];

export function RoleFormModal({ role, onClose }: { role: Role | null; onClose: () => void }) {
  const { t } = useTranslation();
  const perms = usePermissionList();
  const { create, update } = useRoleMutations();
  return (
    <FormModal<RoleInput>
      title={role ? t('roles.edit') : t('roles.new')}
      width={680}
      onClose={onClose}
      fields={fields}
      onSubmit={(v) =>
        role
          ? update.mutateAsync({ ...v, id: role.id })
          : create.mutateAsync({ ...v, permissions: v.permissions ?? [] })
      }
      initialValues={
        role
          ? {
              key: role.key,
              nameZh: role.nameZh,
              nameEn: role.nameEn,
              // The role answer lists permissions as plain strings; the server only stores known ones.
              permissions: role.permissions as RoleInput['permissions'],
              dataScope: role.dataScope,
            }
          : { permissions: ['customers:read', 'tokens:own'], dataScope: 'own' }
      }
    >
      <Row gutter={16}>
        <Col span={24}>
          <Form.Item
            name="key"
            label={t('roles.fields.key')}
            tooltip={t('roles.keyHint')}
            rules={[{ required: true, pattern: /^[a-z][a-z0-9_]*$/, message: t('roles.keyHint') }]}
          >
            <Input autoFocus={!role} disabled={!!role} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="nameZh"
            label={t('roles.fields.nameZh')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input autoFocus={!!role} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="nameEn"
            label={t('roles.fields.nameEn')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="dataScope" label={t('roles.fields.dataScope')} rules={[{ required: true }]}>
            <Select options={dataScopes.map((s) => ({ value: s, label: t(`scopes.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="permissions" label={t('roles.fields.permissions')}>
            <PermissionChecks permissions={perms.data?.items ?? []} />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
