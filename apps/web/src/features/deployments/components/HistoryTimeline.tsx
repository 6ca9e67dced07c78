import { Skeleton, Tag, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useHistory } from '../deployments.api';
import type { UpgradeKind } from '../deployments.types';

const kindColor: Record<UpgradeKind, string> = { initial: 'gray', planned: 'blue', emergency: 'red' };

/** Every version the deployment has run, newest first as the API returns it. */
export function HistoryTimeline({ deploymentId }: { deploymentId: string }) {
  const { t } = useTranslation();
  const { data, isLoading, error } = useHistory(deploymentId);
  if (isLoading) return <Skeleton active paragraph={{ rows: 2 }} />;
  if (error) return <ErrorAlert error={error} />;
  if (!data?.items.length)
    return <Typography.Text type="secondary">{t('deployments.history.empty')}</Typography.Text>;
  return (
    <Timeline
      style={{ marginTop: 8 }}
      items={data.items.map((h) => ({
        key: h.id,
        color: kindColor[h.kind],
        title: dayjs(h.at).format('YYYY-MM-DD HH:mm'),
        content: (
          <div>
            <Typography.Text strong>
              {h.fromVersionName
                ? t('deployments.history.from', { from: h.fromVersionName, to: h.toVersionName })
                : h.toVersionName}
            </Typography.Text>{' '}
            <Tag color={h.kind === 'emergency' ? 'red' : h.kind === 'planned' ? 'blue' : undefined}>
              {t(`deployments.kind.${h.kind}`)}
            </Tag>
            <Typography.Text type="secondary">{h.byName}</Typography.Text>
            {h.note && <div style={{ whiteSpace: 'pre-wrap' }}>{h.note}</div>}
          </div>
        ),
      }))}
    />
  );
}
