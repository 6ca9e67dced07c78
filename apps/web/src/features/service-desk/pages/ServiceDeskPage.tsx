/** /service-desk — own availability for every agent; queues, states/transitions and rules for service managers. */
import { Card, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { MyAvailability } from '../components/MyAvailability';
import { QueuesCard } from '../components/QueuesCard';
import { SettingsCard } from '../components/SettingsCard';
import { StatesCard } from '../components/StatesCard';

export default function ServiceDeskPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'queues';
  return (
    <>
      <PageHeader title={t('serviceDesk.title')} subtitle={t('serviceDesk.subtitle')} />
      <MyAvailability />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            { key: 'queues', label: t('serviceDesk.tabs.queues'), children: <QueuesCard /> },
            { key: 'states', label: t('serviceDesk.tabs.states'), children: <StatesCard /> },
            ...(can('service_desk:manage')
              ? [{ key: 'settings', label: t('serviceDesk.tabs.settings'), children: <SettingsCard /> }]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
