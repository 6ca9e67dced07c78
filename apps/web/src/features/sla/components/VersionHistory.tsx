import { DatePicker, Flex, List, Modal, Skeleton, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { usePolicyVersion } from '../sla.api';
import type { Policy } from '../sla.types';
import { TargetsTable } from './TargetsTable';

/** Before 1971 means "since the beginning" (built-in policies start at the epoch). */
const fromText = (iso: string, initial: string) =>
  dayjs(iso).year() < 1971 ? initial : dayjs(iso).format('YYYY-MM-DD HH:mm');

/** The policy's versions, which one was in effect on a chosen date, and any version's targets. */
export function VersionHistory({ policy }: { policy: Policy }) {
  const { t } = useTranslation();
  const [date, setDate] = useState<Dayjs | null>(dayjs());
  const [viewing, setViewing] = useState<number | null>(null);
  const version = usePolicyVersion(policy.id, viewing);
  const initial = t('sla.versions.always');
  // Versions take effect when saved; the one in effect on a day is the last one started by its end.
  const inEffect = date
    ? [...policy.versions]
        .sort((a, b) => b.version - a.version)
        .find((v) => dayjs(v.effectiveFrom).isBefore(date.endOf('day')))
    : undefined;

  return (
    <div>
      <Typography.Text strong>{t('sla.versions.inEffectOn')}</Typography.Text>
      <Flex gap={8} align="center" wrap style={{ margin: '6px 0 12px' }}>
        <DatePicker value={date} onChange={setDate} allowClear={false} />
        {date && (
          <Typography.Text data-testid="version-in-effect">
            {inEffect
              ? t('sla.versions.inEffect', { date: date.format('YYYY-MM-DD'), version: inEffect.version })
              : t('sla.versions.noneInEffect', { date: date.format('YYYY-MM-DD') })}
          </Typography.Text>
        )}
      </Flex>
      <List
        size="small"
        bordered
        dataSource={[...policy.versions].sort((a, b) => b.version - a.version)}
        renderItem={(v) => (
          <List.Item
            style={inEffect?.version === v.version ? { background: '#e6f4ff' } : undefined}
            actions={[
              <Typography.Link key="view" onClick={() => setViewing(v.version)}>
                {t('sla.versions.view')}
              </Typography.Link>,
            ]}
          >
            <Flex gap={8} align="center" wrap>
              <Typography.Text strong>v{v.version}</Typography.Text>
              {v.version === policy.version && <Tag color="blue">{t('sla.versions.current')}</Tag>}
              <Typography.Text>{v.name}</Typography.Text>
              <Typography.Text type="secondary">{fromText(v.effectiveFrom, initial)}</Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      {viewing !== null && (
        <Modal
          open
          width={640}
          footer={null}
          onCancel={() => setViewing(null)}
          title={
            version.data
              ? t('sla.versions.viewing', {
                  version: viewing,
                  from: fromText(version.data.effectiveFrom, initial),
                })
              : `v${viewing}`
          }
        >
          <ErrorAlert error={version.error} />
          {version.isLoading ? (
            <Skeleton active />
          ) : (
            version.data && (
              <>
                <Typography.Paragraph>
                  {version.data.name} · {t('sla.fields.warningPercent')} {version.data.warningPercent}%
                </Typography.Paragraph>
                <TargetsTable targets={version.data.targets} />
              </>
            )
          )}
        </Modal>
      )}
    </div>
  );
}
