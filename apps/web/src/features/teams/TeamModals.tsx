import { Form, Input, InputNumber, Select, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/FormModal';
import { localName } from '../../i18n';
import { useUserOptions } from '../customers/customers.api';
import { type Team, type TeamInput, teamKinds, useMembers, useTeamMutations } from './teams.api';

const fields = ['key', 'nameZh', 'nameEn', 'kind', 'tier', 'leadId'];

export function TeamFormModal({ team, onClose }: { team: Team | null; onClose: () => void }) {
  const { t } = useTranslation();
  const users = useUserOptions();
  const { create, update } = useTeamMutations();
  return (
    <FormModal<TeamInput>
      title={team ? t('teams.edit') : t('teams.new')}
      onClose={onClose}
      fields={fields}
      onSubmit={(v) => {
        const body = { ...v, tier: v.tier ?? null, leadId: v.leadId ?? null };
        return team ? update.mutateAsync({ ...body, id: team.id }) : create.mutateAsync(body);
      }}
      initialValues={team ?? { kind: 'service' }}
    >
      <Form.Item
        name="key"
        label={t('roles.fields.key')}
        tooltip={t('roles.keyHint')}
        rules={[{ required: true, pattern: /^[a-z][a-z0-9_]*$/, message: t('roles.keyHint') }]}
      >
        <Input autoFocus={!team} disabled={!!team} />
      </Form.Item>
      <Form.Item
        name="nameZh"
        label={t('roles.fields.nameZh')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input autoFocus={!!team} />
      </Form.Item>
      <Form.Item
        name="nameEn"
        label={t('roles.fields.nameEn')}
        rules={[{ required: true, message: t('common.required') }]}
      >
        <Input />
      </Form.Item>
      <Form.Item name="kind" label={t('teams.fields.kind')}>
        <Select options={teamKinds.map((k) => ({ value: k, label: t(`teams.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="tier" label={t('teams.fields.tier')} tooltip={t('teams.tierHint')}>
        <InputNumber min={1} max={3} style={{ width: 120 }} />
      </Form.Item>
      <Form.Item name="leadId" label={t('teams.fields.lead')}>
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          options={(users.data ?? []).map((u) => ({
            value: u.id,
            label: `${u.displayName} (${u.username})`,
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}

export function MembersModal({ team, onClose }: { team: Team; onClose: () => void }) {
  const { t } = useTranslation();
  const members = useMembers(team.id);
  const users = useUserOptions();
  const { setMembers } = useTeamMutations();
  return (
    <FormModal<{ userIds: string[] }>
      title={t('teams.membersOf', { name: localName(team) })}
      onClose={onClose}
      fields={['userIds']}
      onSubmit={(v) => setMembers.mutateAsync({ id: team.id, userIds: v.userIds ?? [] })}
      initialValues={{ userIds: members.data?.map((m) => m.id) ?? [] }}
      key={members.data ? 'loaded' : 'loading'}
    >
      {members.isLoading ? (
        <Skeleton active />
      ) : (
        <Form.Item name="userIds" label={t('teams.fields.members')}>
          <Select
            mode="multiple"
            showSearch
            optionFilterProp="label"
            loading={users.isLoading}
            options={(users.data ?? []).map((u) => ({
              value: u.id,
              label: `${u.displayName} (${u.username})`,
            }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}
