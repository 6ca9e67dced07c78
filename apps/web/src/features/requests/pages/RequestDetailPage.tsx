/**
 * /requests/:id — header (number, subject, severity, state, tier) with the
 * actions, the request's facts, SLA targets with live countdowns and the
 * measured times, then tabs: timeline with the reply/note composer, time
 * entries, analysis & closing, relations & merge. Keyboard: r reply, n note,
 * e escalate, s state actions (ignored while typing).
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Skeleton, Tabs, Tag, Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { NotFound } from '../../../components/NotFound';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { EntitlementReasons } from '../../entitlements/components/EntitlementReasons';
import { AnalysisTab } from '../components/AnalysisTab';
import type { ComposerHandle } from '../components/Composer';
import { RelationsTab } from '../components/RelationsTab';
import { type ActionModal, RequestActions } from '../components/RequestActions';
import { CoverageTag, SeverityTag, StateTag, TierTag, useTeamName } from '../components/RequestTags';
import { SlaPanel } from '../components/SlaPanel';
import { TimeEntriesTab } from '../components/TimeEntriesTab';
import { TimelineTab } from '../components/TimelineTab';
import { useRefreshOnNotifications, useRequest } from '../requests.api';
import type { RequestDetail } from '../requests.types';

/** True when a key press belongs to a field being typed in, not to the page. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || !!target.closest('[role="dialog"]');
}

function Facts({ request: r }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const teamName = useTeamName();
  const text = (label: string, value: string | null) =>
    value ? (
      <div style={{ marginTop: 8 }}>
        <Typography.Text type="secondary">{label}</Typography.Text>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>
          {value}
        </Typography.Paragraph>
      </div>
    ) : null;
  return (
    <Card size="small" style={{ marginBottom: 16 }} title={t('requests.detail.info')}>
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 4 }}
        data-testid="request-facts"
        items={[
          {
            key: 'customer',
            label: t('requests.fields.customer'),
            children: <Link to={`/customers/${r.customerId}`}>{r.customerName}</Link>,
          },
          { key: 'contact', label: t('requests.fields.contact'), children: r.contactName ?? '—' },
          {
            key: 'product',
            label: t('requests.fields.product'),
            children: [r.productName, r.deploymentName].filter(Boolean).join(' · ') || '—',
          },
          {
            key: 'coverage',
            label: t('requests.fields.coverage'),
            children: (
              <Flex gap={6} align="center" wrap>
                <CoverageTag coverage={r.coverage} />
                <EntitlementReasons entitlement={r.entitlement} />
                {r.contractId && (
                  <Link to={`/contracts/${r.contractId}`}>{t('requests.fields.contract')}</Link>
                )}
                {r.feeCategory && (
                  <Typography.Text type="secondary">
                    {t(`entitlements.fee.${r.feeCategory}`, { defaultValue: r.feeCategory })}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'assignee',
            label: t('requests.fields.assignee'),
            children: (
              <span data-testid="request-assignee">
                {r.assigneeName ?? t('requests.detail.unassigned')}
                {r.teamId ? ` · ${teamName(r.teamId, r.teamName)}` : ''}
              </span>
            ),
          },
          {
            key: 'channel',
            label: `${t('requests.fields.channel')} / ${t('requests.fields.category')}`,
            children: `${t(`requests.channel.${r.channel}`)} / ${t(`entitlements.category.${r.category}`, { defaultValue: r.category })}`,
          },
          {
            key: 'received',
            label: t('requests.fields.received'),
            children: dayjs(r.receivedAt).format('YYYY-MM-DD HH:mm'),
          },
          {
            key: 'tags',
            label: t('requests.fields.tags'),
            children: r.tags.length ? r.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) : '—',
          },
        ]}
      />
      {text(t('requests.fields.description'), r.description)}
      {text(t('requests.fields.environment'), r.environment)}
      {text(t('requests.fields.reproductionSteps'), r.reproductionSteps)}
      {text(t('requests.fields.impactScope'), r.impactScope)}
    </Card>
  );
}

export default function RequestDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  const { data: request, isLoading, error } = useRequest(id);
  useRefreshOnNotifications();
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'timeline';
  const composer = useRef<ComposerHandle>(null);
  const [modal, setModal] = useState<ActionModal>(null);
  const [stateMenuOpen, setStateMenuOpen] = useState(false);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || modal) return;
      const key = e.key.toLowerCase();
      if (key === 'r' || key === 'n') {
        e.preventDefault();
        if (tab !== 'timeline') setParams({ tab: 'timeline' }, { replace: true });
        requestAnimationFrame(() => composer.current?.open(key === 'r' ? 'reply' : 'note'));
      } else if (key === 'e' && can('requests:assign') && request && request.tier < 3) {
        e.preventDefault();
        setModal('escalate');
      } else if (key === 's' && request?.allowedTransitions.length) {
        e.preventDefault();
        setStateMenuOpen(true);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [tab, setParams, modal, can, request]);

  if (isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound message={t('requests.notFound')} />;
  if (!request) return <ErrorAlert error={error} />;

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('requests.title'), to: '/requests' }, { title: request.number }]}
        title={<span data-testid="request-heading">{request.number}</span>}
        tags={
          <>
            <SeverityTag severity={request.severity} />
            <StateTag state={request.state} category={request.stateCategory} name={request.stateName} />
            <TierTag tier={request.tier} />
            <Tooltip title={t('requests.detail.shortcuts')}>
              <QuestionCircleOutlined
                aria-label={t('requests.detail.shortcutsTitle')}
                style={{ color: '#8c8c8c' }}
                data-testid="shortcut-help"
              />
            </Tooltip>
          </>
        }
        subtitle={<span data-testid="request-subject">{request.subject}</span>}
        extra={
          <RequestActions
            request={request}
            modal={modal}
            setModal={setModal}
            stateMenuOpen={stateMenuOpen}
            setStateMenuOpen={setStateMenuOpen}
          />
        }
      />
      <ErrorAlert error={error} />
      <Facts request={request} />
      <div style={{ marginBottom: 16 }}>
        <SlaPanel request={request} />
      </div>
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams({ tab: key }, { replace: true })}
          items={[
            {
              key: 'timeline',
              label: t('requests.tabs.timeline'),
              children: <TimelineTab requestId={request.id} composerRef={composer} />,
            },
            ...(can('requests:internal')
              ? [
                  {
                    key: 'time',
                    label: t('requests.tabs.time'),
                    children: <TimeEntriesTab request={request} />,
                  },
                  {
                    key: 'analysis',
                    label: t('requests.tabs.analysis'),
                    children: <AnalysisTab request={request} />,
                  },
                  {
                    key: 'relations',
                    label: `${t('requests.tabs.relations')}${request.relations.length ? ` (${request.relations.length})` : ''}`,
                    children: <RelationsTab request={request} />,
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </>
  );
}
