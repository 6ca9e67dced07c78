import { EditOutlined, PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { localName } from '../../i18n';
import { useUserOptions } from '../customers/customers.api';
import { MembersModal, TeamFormModal } from './TeamModals';
import { type Team, useTeams } from './teams.api';

export default function TeamsPage() {
  const { t } = useTranslation();
  const teams = useTeams();
  const users = useUserOptions();
  const [editing, setEditing] = useState<Team | null | undefined>(undefined);
  const [membersOf, setMembersOf] = useState<Team | null>(null);
  const nameOf = (id: string | null) => users.data?.find((u) => u.id === id)?.displayName ?? '—';

  return (
    <>
      <PageHeader
        title={t('teams.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('teams.new')}
          </Button>
        }
      />
      <Card>
        <ErrorAlert error={teams.error} />
        <DataTable<Team>
          rowKey="id"
          size="middle"
          loading={teams.isLoading}
          dataSource={teams.data ?? []}
          pagination={false}
          scroll={{ x: 800 }}
          columns={[
            { title: t('teams.fields.name'), key: 'name', render: (_, x) => localName(x) },
            { title: t('roles.fields.key'), dataIndex: 'key', render: (k: string) => <code>{k}</code> },
            {
              title: t('teams.fields.kind'),
              dataIndex: 'kind',
              render: (k: Team['kind']) => <Tag>{t(`teams.kinds.${k}`)}</Tag>,
            },
            { title: t('teams.fields.tier'), dataIndex: 'tier', width: 90, render: (v) => v ?? '—' },
            { title: t('teams.fields.lead'), dataIndex: 'leadId', render: (v: string | null) => nameOf(v) },
            { title: t('teams.fields.memberCount'), dataIndex: 'memberCount', width: 100 },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 200,
              render: (_, x) => (
                <Flex gap={4}>
                  <Button size="small" icon={<EditOutlined />} onClick={() => setEditing(x)}>
                    {t('common.edit')}
                  </Button>
                  <Button size="small" icon={<TeamOutlined />} onClick={() => setMembersOf(x)}>
                    {t('teams.members')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      </Card>
      {editing !== undefined && <TeamFormModal team={editing} onClose={() => setEditing(undefined)} />}
      {membersOf && <MembersModal team={membersOf} onClose={() => setMembersOf(null)} />}
    </>
  );
}
