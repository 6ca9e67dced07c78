import { useQuery } from '@tanstack/react-query';
import { Card, Col, List, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, type Page } from '../../api/client';
import { EmptyState } from '../../components/EmptyState';
import { useCan, useMe } from '../auth/useAuth';
import { StageTag } from '../customers/components/StageTag';
import type { Customer, Stage } from '../customers/customers.types';

const SAMPLE = 100;

/** Welcome page: who you are, what you can see, and the newest customers in your scope. */
export default function HomePage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const can = useCan();
  const customers = useQuery({
    queryKey: ['customers', 'home'],
    queryFn: () => api.get<Page<Customer>>('/customers', { query: { limit: SAMPLE } }),
    enabled: can('customers:read'),
  });
  const items = customers.data?.items ?? [];
  const more = !!customers.data?.nextCursor;
  const countOf = (stage: Stage) => items.filter((c) => c.stage === stage).length;
  const fmt = (n: number) => (more ? `${n}+` : String(n));

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: me?.displayName })}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('home.role', {
          role: me ? t(`roleNames.${me.role}`, { defaultValue: me.role }) : '',
          scope: me ? t(`scopes.${me.scope}`) : '',
        })}
      </Typography.Paragraph>
      {can('customers:read') && (
        <>
          <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
            {(
              [
                ['total', items.length],
                ['lead', countOf('lead')],
                ['prospect', countOf('prospect')],
                ['customer', countOf('customer') + countOf('strategic_partner')],
              ] as const
            ).map(([key, n]) => (
              <Col xs={12} md={6} key={key}>
                <Card>
                  <Statistic
                    title={t(`home.counts.${key}`)}
                    value={customers.isLoading ? '…' : fmt(n)}
                    loading={customers.isLoading}
                  />
                </Card>
              </Col>
            ))}
          </Row>
          <Card title={t('home.recent')} extra={<Link to="/customers">{t('home.allCustomers')}</Link>}>
            {customers.isLoading ? (
              <Skeleton active />
            ) : items.length === 0 ? (
              <EmptyState description={t('customers.empty')} />
            ) : (
              <List
                dataSource={items.slice(0, 8)}
                renderItem={(c) => (
                  <List.Item
                    key={c.id}
                    extra={<Typography.Text type="secondary">{dayjs(c.createdAt).fromNow()}</Typography.Text>}
                  >
                    <List.Item.Meta
                      title={<Link to={`/customers/${c.id}`}>{c.name}</Link>}
                      description={[c.industry, c.region, c.ownerName].filter(Boolean).join(' · ')}
                    />
                    <div style={{ marginInlineEnd: 16 }}>
                      <StageTag stage={c.stage} />
                    </div>
                  </List.Item>
                )}
              />
            )}
          </Card>
        </>
      )}
    </>
  );
}
