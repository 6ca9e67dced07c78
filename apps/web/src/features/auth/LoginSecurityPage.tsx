import { ReloadOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../components/ConfirmButton';
import { DataTable } from '../../components/DataTable';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import {
  type LoginBlock,
  useLoginBlocks,
  useLoginSecurityMutations,
  useSecuritySettings,
} from './security.api';

const fmt = (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm:ss');

/** Admin: the "TOTP required for admins" setting, and throttled sign-ins with a way to lift each. */
export default function LoginSecurityPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const blocks = useLoginBlocks();
  const settings = useSecuritySettings();
  const { lift, saveSettings } = useLoginSecurityMutations();

  const onLift = async (b: LoginBlock) => {
    try {
      await lift.mutateAsync(b.id);
      message.success(t('security.blocks.lifted'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const onToggle = async (totpRequiredForAdmins: boolean) => {
    try {
      await saveSettings.mutateAsync({ totpRequiredForAdmins });
      message.success(t('security.settings.saved'));
    } catch (err) {
      message.error(errorMessage(err));
    }
  };
  const any = <Typography.Text type="secondary">{t('security.blocks.any')}</Typography.Text>;

  return (
    <>
      <PageHeader title={t('security.blocks.title')} subtitle={t('security.blocks.subtitle')} />
      <Card title={t('security.settings.title')} style={{ marginBottom: 16 }} loading={settings.isLoading}>
        <ErrorAlert error={settings.error} />
        <Flex gap={12} align="start">
          <Switch
            id="totp-required"
            checked={settings.data?.totpRequiredForAdmins ?? false}
            loading={saveSettings.isPending}
            onChange={(v) => void onToggle(v)}
          />
          <Flex vertical>
            <label htmlFor="totp-required">{t('security.settings.totpRequired')}</label>
            <Typography.Text type="secondary">{t('security.settings.totpRequiredHint')}</Typography.Text>
          </Flex>
        </Flex>
      </Card>
      <Card
        title={t('security.blocks.listTitle')}
        extra={
          <Button icon={<ReloadOutlined />} onClick={() => void blocks.refetch()}>
            {t('security.blocks.refresh')}
          </Button>
        }
      >
        <ErrorAlert error={blocks.error} />
        <DataTable<LoginBlock>
          rowKey="id"
          size="middle"
          loading={blocks.isFetching}
          dataSource={blocks.data ?? []}
          pagination={false}
          locale={{ emptyText: <EmptyState description={t('security.blocks.empty')} /> }}
          columns={[
            {
              title: t('security.blocks.kind'),
              dataIndex: 'kind',
              width: 180,
              render: (k: LoginBlock['kind']) => <Tag>{t(`security.blocks.kinds.${k}`)}</Tag>,
            },
            {
              title: t('security.blocks.username'),
              dataIndex: 'username',
              render: (v: string | null) => v ?? any,
            },
            { title: t('security.blocks.ip'), dataIndex: 'ip', render: (v: string | null) => v ?? any },
            { title: t('security.blocks.failures'), dataIndex: 'failures', width: 100 },
            {
              title: t('security.blocks.lastFailureAt'),
              dataIndex: 'lastFailureAt',
              width: 170,
              render: fmt,
            },
            {
              title: t('security.blocks.blockedUntil'),
              dataIndex: 'blockedUntil',
              width: 190,
              render: (v: string | null) =>
                v ? <Tag color="red">{fmt(v)}</Tag> : <Tag>{t('security.blocks.delaying')}</Tag>,
            },
            {
              title: t('common.actions'),
              key: 'actions',
              width: 90,
              render: (_, b) => (
                <ConfirmButton
                  size="small"
                  type="link"
                  danger
                  confirm={t('security.blocks.confirmLift')}
                  onConfirm={() => onLift(b)}
                >
                  {t('security.blocks.lift')}
                </ConfirmButton>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
