/** An agent's own availability switch: away agents are skipped by automatic assignment. */
import { App, Card, DatePicker, Flex, Switch, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ErrorAlert';
import { useMe } from '../../auth/useAuth';
import { useMyAvailability, useSetAvailability } from '../serviceDesk.api';

export function MyAvailability() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const { me } = useMe();
  const { data } = useMyAvailability();
  const set = useSetAvailability();
  if (!me) return null;
  const save = (available: boolean, absentUntil: string | null) =>
    set.mutate(
      { userId: me.id, available, absentUntil: available ? null : absentUntil },
      {
        onSuccess: () => message.success(t('serviceDesk.me.saved')),
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  const available = data?.availableNow ?? true;
  return (
    <Card
      size="small"
      title={t('serviceDesk.me.title')}
      style={{ marginBottom: 16 }}
      data-testid="my-availability"
    >
      <Flex gap={16} align="center" wrap>
        <Flex gap={8} align="center">
          <Switch
            checked={available}
            loading={set.isPending}
            onChange={(v) => save(v, null)}
            data-testid="my-availability-switch"
          />
          <Typography.Text>
            {available ? t('serviceDesk.me.available') : t('serviceDesk.me.absent')}
          </Typography.Text>
        </Flex>
        {!available && (
          <Flex gap={8} align="center">
            <Typography.Text type="secondary">{t('serviceDesk.me.absentUntil')}</Typography.Text>
            <DatePicker
              showTime={{ format: 'HH:mm' }}
              format="YYYY-MM-DD HH:mm"
              value={data?.absentUntil ? dayjs(data.absentUntil) : null}
              disabledDate={(d) => d.isBefore(dayjs(), 'day')}
              onChange={(v) => save(false, v ? v.toISOString() : null)}
            />
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('serviceDesk.me.absentUntilHint')}
            </Typography.Text>
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
