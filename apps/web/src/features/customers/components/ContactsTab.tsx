import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { useErrorMessage } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/useAuth';
import { useDeleteContact } from '../customers.api';
import type { Contact } from '../customers.types';
import { ContactFormModal } from './ContactFormModal';

export function ContactsTab({ customerId, contacts }: { customerId: string; contacts: Contact[] }) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const remove = useDeleteContact();
  // undefined: closed; null: adding; a contact: editing it.
  const [editing, setEditing] = useState<Contact | null | undefined>(undefined);
  const writable = can('contacts:write');

  const onDelete = async (c: Contact) => {
    try {
      await remove.mutateAsync(c.id);
      message.success(t('customers.contacts.deleted'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      {writable && (
        <Flex justify="flex-end" style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>
            {t('customers.contacts.add')}
          </Button>
        </Flex>
      )}
      <DataTable<Contact>
        rowKey="id"
        size="middle"
        dataSource={contacts}
        pagination={false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <EmptyState description={t('customers.contacts.empty')} /> }}
        columns={[
          { title: t('customers.contacts.fields.name'), dataIndex: 'name', width: 120 },
          { title: t('customers.contacts.fields.title'), dataIndex: 'title', render: (v) => v ?? '—' },
          {
            title: t('customers.contacts.fields.phones'),
            dataIndex: 'phones',
            render: (phones: string[]) => (phones.length ? phones.join(', ') : '—'),
          },
          { title: t('customers.contacts.fields.email'), dataIndex: 'email', render: (v) => v ?? '—' },
          { title: t('customers.contacts.fields.wechat'), dataIndex: 'wechat', render: (v) => v ?? '—' },
          {
            title: t('customers.contacts.fields.projectRole'),
            dataIndex: 'projectRole',
            render: (r: Contact['projectRole']) => (r ? <Tag>{t(`customers.contactRoles.${r}`)}</Tag> : '—'),
          },
          {
            title: t('customers.contacts.fields.portalAccess'),
            dataIndex: 'portalAccess',
            width: 100,
            render: (v: boolean) => (v ? t('common.yes') : t('common.no')),
          },
          ...(writable
            ? [
                {
                  title: t('common.actions'),
                  key: 'actions',
                  width: 110,
                  fixed: 'right' as const,
                  render: (_: unknown, c: Contact) => (
                    <Flex gap={4}>
                      <Button
                        size="small"
                        type="text"
                        icon={<EditOutlined />}
                        aria-label={t('common.edit')}
                        onClick={() => setEditing(c)}
                      />
                      <ConfirmButton
                        size="small"
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('common.delete')}
                        confirm={t('customers.contacts.confirmDelete', { name: c.name })}
                        onConfirm={() => onDelete(c)}
                      >
                        {null}
                      </ConfirmButton>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editing !== undefined && (
        <ContactFormModal customerId={customerId} contact={editing} onClose={() => setEditing(undefined)} />
      )}
    </>
  );
}
