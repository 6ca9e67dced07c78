/** 服务权益查询: the entitlement check as its own page. */
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../components/PageHeader';
import { EntitlementCheckPanel } from '../components/EntitlementCheckPanel';

export default function EntitlementCheckPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('entitlements.title')} subtitle={t('entitlements.subtitle')} />
      <Card>
        <EntitlementCheckPanel />
      </Card>
    </>
  );
}
