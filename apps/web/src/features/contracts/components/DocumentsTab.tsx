/** Contract documents: upload (types and size limit shown and checked first), list, download, delete. */
import { DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { download } from '../../../api/client';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { useCan } from '../../auth/useAuth';
import { useDeleteDocument, useDocuments, useUploadDocument } from '../contracts.api';
import { formatBytes } from '../contracts.format';
import {
  type Contract,
  type ContractDocument,
  documentExtensions,
  maxDocumentBytes,
} from '../contracts.types';

export function DocumentsTab({ contract }: { contract: Contract }) {
  const { t } = useTranslation();
  const can = useCan();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data, isLoading, error } = useDocuments(contract.id);
  const upload = useUploadDocument(contract.id);
  const remove = useDeleteDocument(contract.id);
  const maxSize = formatBytes(maxDocumentBytes);
  const types = documentExtensions.map((e) => `.${e}`).join(', ');

  const accept = (file: File) => {
    const ext = file.name.split('.').pop()?.toLowerCase() ?? '';
    if (!(documentExtensions as readonly string[]).includes(ext)) {
      message.error(t('contracts.documents.badType', { name: file.name }));
      return false;
    }
    if (file.size > maxDocumentBytes) {
      message.error(t('contracts.documents.tooBig', { name: file.name, size: maxSize }));
      return false;
    }
    return true;
  };

  const onUpload = async (file: File) => {
    try {
      await upload.mutateAsync(file);
      message.success(t('contracts.documents.uploaded', { name: file.name }));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  return (
    <>
      {can('contracts:write') && (
        <Flex gap={12} align="center" wrap style={{ marginBottom: 12 }}>
          <Upload
            accept={types}
            showUploadList={false}
            multiple={false}
            beforeUpload={(file) => {
              if (accept(file)) void onUpload(file);
              return false;
            }}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="document-upload">
              {t('contracts.documents.upload')}
            </Button>
          </Upload>
          <Typography.Text type="secondary">
            {t('contracts.documents.hint', { types, size: maxSize })}
          </Typography.Text>
        </Flex>
      )}
      <ErrorAlert error={error} />
      <DataTable<ContractDocument>
        rowKey="id"
        size="small"
        loading={isLoading}
        pagination={false}
        dataSource={data ?? []}
        data-testid="documents"
        locale={{ emptyText: <EmptyState description={t('contracts.documents.empty')} /> }}
        columns={[
          {
            title: t('contracts.documents.fileName'),
            dataIndex: 'fileName',
            ellipsis: true,
            render: (name: string, d) => (
              <Typography.Link
                href={`/api/contracts/${contract.id}/documents/${d.id}`}
                onClick={(e) => {
                  e.preventDefault();
                  download(`/contracts/${contract.id}/documents/${d.id}`, undefined, name).catch((err) =>
                    message.error(errorMessage(err)),
                  );
                }}
              >
                {name}
              </Typography.Link>
            ),
          },
          { title: t('contracts.documents.size'), dataIndex: 'size', width: 100, render: formatBytes },
          { title: t('contracts.documents.uploadedBy'), dataIndex: 'uploadedByName', width: 120 },
          {
            title: t('contracts.documents.uploadedAt'),
            dataIndex: 'createdAt',
            width: 150,
            render: (d: string) => dayjs(d).format('YYYY-MM-DD HH:mm'),
          },
          {
            title: t('common.actions'),
            key: 'actions',
            width: 130,
            render: (_: unknown, d) => (
              <Flex gap={4}>
                <Button
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={t('contracts.documents.download')}
                  title={t('contracts.documents.download')}
                  onClick={() =>
                    download(`/contracts/${contract.id}/documents/${d.id}`, undefined, d.fileName).catch(
                      (err) => message.error(errorMessage(err)),
                    )
                  }
                />
                {can('contracts:write') && (
                  <ConfirmButton
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                    confirm={t('contracts.documents.confirmDelete', { name: d.fileName })}
                    onConfirm={() =>
                      remove
                        .mutateAsync(d.id)
                        .then(() => message.success(t('contracts.documents.deleted')))
                        .catch((err) => message.error(errorMessage(err)))
                    }
                    data-testid="document-delete"
                  >
                    {null}
                  </ConfirmButton>
                )}
              </Flex>
            ),
          },
        ]}
      />
    </>
  );
}
