import { Alert, List, Modal, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateMatch } from '../customers.types';

/**
 * Shown when the API answers 409 `duplicate`. Same name or phone may be saved
 * anyway; a taken credit code never can, so that case only offers to go back.
 */
export function DuplicateDialog({
  matches,
  saving,
  onProceed,
  onCancel,
}: {
  matches: DuplicateMatch[] | null;
  saving?: boolean;
  onProceed: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const blocked = !!matches?.some((m) => m.reason === 'credit_code');
  return (
    <Modal
      open={!!matches}
      title={t('customers.duplicate.title')}
      onCancel={onCancel}
      onOk={blocked ? onCancel : onProceed}
      okText={blocked ? t('common.back') : t('customers.duplicate.proceed')}
      okButtonProps={{ danger: !blocked, loading: saving }}
      cancelButtonProps={{ style: blocked ? { display: 'none' } : undefined }}
      cancelText={t('common.cancel')}
    >
      <Alert
        type={blocked ? 'error' : 'warning'}
        showIcon
        style={{ marginBottom: 12 }}
        title={blocked ? t('customers.duplicate.blocked') : t('customers.duplicate.explain')}
      />
      <List
        size="small"
        bordered
        dataSource={matches ?? []}
        renderItem={(m) => (
          <List.Item key={`${m.id ?? 'hidden'}-${m.reason}`}>
            <List.Item.Meta
              title={
                m.inScope ? (
                  <Link to={`/customers/${m.id}`} target="_blank">
                    {m.name}
                  </Link>
                ) : (
                  <Typography.Text type="secondary">{t('customers.duplicate.hiddenName')}</Typography.Text>
                )
              }
              description={
                m.inScope
                  ? t('customers.duplicate.owner', { owner: m.ownerName ?? '—' })
                  : t('customers.duplicate.outOfScope')
              }
            />
            <Tag color={m.reason === 'credit_code' ? 'red' : 'orange'}>
              {t(`customers.duplicate.reasons.${m.reason}`, { score: Math.round(m.score * 100) })}
            </Tag>
          </List.Item>
        )}
      />
    </Modal>
  );
}
