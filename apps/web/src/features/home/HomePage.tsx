/**
 * The home page of the signed-in user's role (issue 9): agent, service
 * manager, sales, finance or executive figures from GET /api/home, each block
 * a link to the list behind it. Only what the data holds today: no block for
 * work the product does not track yet.
 */
import { Card, Col, List, Row, Skeleton, Statistic, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { currentLocale } from '../../i18n';
import { useMe } from '../auth/useAuth';
import { type HomeBlock, useHome } from './home.api';

const danger: Record<string, string> = { breached: '#cf1322', quarterBreached: '#cf1322', atRisk: '#d48806' };

function Figure({ block }: { block: HomeBlock }) {
  const { t } = useTranslation();
  const share = block.key === 'responseInTarget';
  const stat = (
    <Statistic
      title={t(`home.blocks.${block.key}`)}
      value={block.value}
      {...(share ? { suffix: '%', precision: 1 } : {})}
      {...(danger[block.key] && block.value > 0 ? { valueStyle: { color: danger[block.key] } } : {})}
    />
  );
  return (
    <Card size="small" data-testid={`home-block-${block.key}`} hoverable={!!block.link}>
      {block.link ? (
        <Link to={block.link} style={{ color: 'inherit' }} data-testid={`home-link-${block.key}`}>
          {stat}
        </Link>
      ) : (
        stat
      )}
      {share && block.of !== null && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('home.shareOf', { count: block.of })}
        </Typography.Text>
      )}
    </Card>
  );
}

function TeamLoad({ block }: { block: HomeBlock }) {
  const { t } = useTranslation();
  const en = currentLocale() === 'en';
  return (
    <Card size="small" title={t('home.blocks.teamLoad')} data-testid="home-block-teamLoad">
      <List
        size="small"
        dataSource={block.items ?? []}
        renderItem={(team) => (
          <List.Item
            key={team.id}
            extra={
              <Typography.Text type="secondary">
                {t('home.teamUnassigned', { count: team.unassigned })}
              </Typography.Text>
            }
          >
            <Link to={team.link}>
              {en ? team.name.en : team.name.zh} · {team.open}
            </Link>
          </List.Item>
        )}
      />
    </Card>
  );
}

export default function HomePage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const home = useHome();
  const data = home.data;
  const figures = data?.blocks.filter((b) => !b.items) ?? [];
  const lists = data?.blocks.filter((b) => b.items) ?? [];
  const since = data?.since
    ? data.kind === 'executive'
      ? t('home.since.quarter', { date: dayjs(data.since).format('YYYY-MM-DD') })
      : t('home.since.day', { time: dayjs(data.since).format('MM-DD HH:mm') })
    : null;

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
        {since && ` · ${since}`}
      </Typography.Paragraph>
      <ErrorAlert error={home.error} />
      {home.isLoading ? (
        <Skeleton active />
      ) : data && data.blocks.length === 0 ? (
        <EmptyState description={t('home.empty')} />
      ) : (
        <Row gutter={[16, 16]} data-testid={`home-${data?.kind ?? ''}`}>
          {figures.map((b) => (
            <Col xs={12} md={8} xl={6} key={b.key}>
              <Figure block={b} />
            </Col>
          ))}
          {lists.map((b) => (
            <Col xs={24} xl={12} key={b.key}>
              <TeamLoad block={b} />
            </Col>
          ))}
        </Row>
      )}
    </>
  );
}
