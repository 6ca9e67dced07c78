import { BugOutlined, DeleteOutlined, EditOutlined, PlusOutlined, SafetyOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Skeleton,
  Space,
  type TableProps,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ConfirmButton } from '../../../components/ConfirmButton';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { NotFound } from '../../../components/NotFound';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { ProductFormModal } from '../components/ProductFormModal';
import { VersionFormModal } from '../components/VersionFormModal';
import { useDeleteProduct, useDeleteVersion, useProduct, useVersions } from '../products.api';
import type { ProductVersion } from '../products.types';

const itemTags = (items: string[], color: string, none: string) =>
  items.length ? (
    <Flex gap={4} wrap>
      {items.map((i) => (
        <Tag key={i} color={color} style={{ marginInlineEnd: 0 }}>
          {i}
        </Tag>
      ))}
    </Flex>
  ) : (
    <Typography.Text type="secondary">{none}</Typography.Text>
  );

export default function ProductDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { data: product, isLoading, error } = useProduct(id);
  const versions = useVersions(product?.id);
  const removeProduct = useDeleteProduct();
  const removeVersion = useDeleteVersion();
  const [editing, setEditing] = useState(false);
  const [versionForm, setVersionForm] = useState<{ version?: ProductVersion } | null>(null);
  const manage = can('products:manage');

  if (isLoading) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound message={t('products.notFound')} />;
  if (!product) return <ErrorAlert error={error} />;

  const onDelete = async () => {
    try {
      await removeProduct.mutateAsync(product);
      message.success(t('products.deleted'));
      navigate('/products', { replace: true });
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const onDeleteVersion = async (v: ProductVersion) => {
    try {
      await removeVersion.mutateAsync(v);
      message.success(t('products.versions.deleted'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const none = t('products.versions.none');
  const columns: TableProps<ProductVersion>['columns'] = [
    {
      title: t('products.versions.name'),
      dataIndex: 'name',
      width: 110,
      render: (name: string) => <Typography.Text strong>{name}</Typography.Text>,
    },
    {
      title: t('products.versions.releaseDate'),
      dataIndex: 'releaseDate',
      width: 120,
      render: (d: string | null) => d ?? <Tag>{t('products.versions.unreleased')}</Tag>,
    },
    {
      title: t('products.versions.releaseNotes'),
      dataIndex: 'releaseNotes',
      render: (v: string | null) => (
        <Typography.Paragraph
          style={{ margin: 0, whiteSpace: 'pre-wrap' }}
          ellipsis={{ rows: 3, expandable: true }}
        >
          {v ?? '—'}
        </Typography.Paragraph>
      ),
    },
    {
      title: (
        <Space size={4}>
          <BugOutlined />
          {t('products.versions.fixedDefects')}
        </Space>
      ),
      dataIndex: 'fixedDefects',
      width: 200,
      render: (items: string[]) => itemTags(items, 'blue', none),
    },
    {
      title: (
        <Space size={4}>
          <SafetyOutlined />
          {t('products.versions.securityFixes')}
        </Space>
      ),
      dataIndex: 'securityFixes',
      width: 200,
      render: (items: string[]) => itemTags(items, 'red', none),
    },
    ...(manage
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 150,
            render: (_: unknown, v: ProductVersion) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setVersionForm({ version: v })}>
                  {t('common.edit')}
                </Button>
                <ConfirmButton
                  type="link"
                  size="small"
                  danger
                  confirm={t('products.versions.confirmDelete', { name: v.name })}
                  onConfirm={() => onDeleteVersion(v)}
                >
                  {t('common.delete')}
                </ConfirmButton>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('products.title'), to: '/products' }, { title: product.name }]}
        title={product.name}
        tags={
          <Flex gap={4}>
            <Tag>{product.code}</Tag>
            {product.critical && <Tag color="volcano">{t('products.critical')}</Tag>}
            {!product.active && <Tag>{t('products.inactive')}</Tag>}
          </Flex>
        }
        extra={
          manage && (
            <>
              <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
                {t('common.edit')}
              </Button>
              <ConfirmButton
                danger
                icon={<DeleteOutlined />}
                confirm={t('products.confirmDelete', { name: product.name })}
                onConfirm={onDelete}
                loading={removeProduct.isPending}
              >
                {t('common.delete')}
              </ConfirmButton>
            </>
          )
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={t('products.fields.code')}>{product.code}</Descriptions.Item>
          <Descriptions.Item label={t('products.fields.critical')}>
            {product.critical ? t('common.yes') : t('common.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('products.fields.latestVersion')}>
            {product.latestVersion?.name ?? '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('products.fields.active')}>
            {product.active ? t('common.yes') : t('common.no')}
          </Descriptions.Item>
          <Descriptions.Item label={t('products.fields.description')} span={2}>
            {product.description ?? '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={`${t('products.versions.title')} (${versions.data?.items.length ?? product.versionCount})`}
        extra={
          manage && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setVersionForm({})}>
              {t('products.versions.new')}
            </Button>
          )
        }
      >
        <ErrorAlert error={versions.error} />
        <DataTable<ProductVersion>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={versions.data?.items ?? []}
          loading={versions.isLoading}
          pagination={false}
          scroll={{ x: 960 }}
          locale={{ emptyText: <EmptyState description={t('products.versions.empty')} /> }}
        />
      </Card>
      {editing && <ProductFormModal product={product} onClose={() => setEditing(false)} />}
      {versionForm && (
        <VersionFormModal
          productId={product.id}
          version={versionForm.version}
          onClose={() => setVersionForm(null)}
        />
      )}
    </>
  );
}
