/**
 * The request's timeline: public replies, internal notes (tinted, with a
 * lock), system events in a compact line localized by their event key, and
 * attachments as download links. The composer sits on top.
 */
import {
  LockOutlined,
  MessageOutlined,
  PaperClipOutlined,
  RobotOutlined,
  SyncOutlined,
} from '@ant-design/icons';
import { App, Avatar, Button, Flex, Skeleton, Space, Tag, Timeline, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { localName } from '../../../i18n';
import { useTeamOptions, useUserOptions } from '../../customers/customers.api';
import { downloadAttachment, useTimeline } from '../casework.api';
import type { AttachmentRef, TimelineEntry } from '../requests.types';
import { Composer, type ComposerHandle } from './Composer';
import { useStateName } from './RequestTags';

interface Names {
  user: (id: unknown) => string;
  team: (id: unknown) => string;
  state: (key: unknown) => string;
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');

/** One line for a system event, from its key and data (ids are resolved to names). */
export function describeEvent(t: TFunction, e: TimelineEntry, names: Names): string {
  const d = e.data;
  const key = e.event ?? 'updated';
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(d)) vars[k] = str(v);
  switch (key) {
    case 'state_changed':
      if (d.reopened)
        return `${t('requests.events.reopened')}: ${names.state(d.from)} → ${names.state(d.to)}`;
      return t('requests.events.state_changed', { from: names.state(d.from), to: names.state(d.to) });
    case 'assigned':
      if (!d.assigneeId)
        return t(d.fromAssigneeId ? 'requests.events.unassigned' : 'requests.events.routed', {
          team: names.team(d.teamId) || '—',
        });
      return t('requests.events.assigned', {
        assignee: `${names.user(d.assigneeId)}${d.teamId ? ` · ${names.team(d.teamId)}` : ''}`,
      });
    case 'escalated':
      return t(d.automatic ? 'requests.events.auto_escalated' : 'requests.events.escalated', {
        ...vars,
        team: names.team(d.teamId) || '—',
        reason: str(d.reason),
      });
    case 'sla_warning':
    case 'sla_breach':
      return t(`requests.events.${key}`, {
        target: t(`requests.sla.${str(d.target) === 'response' ? 'response' : 'resolution'}`),
      });
    case 'due_recomputed':
    case 'entitlement_rechecked': {
      if (d.cause === 'severity')
        return t('requests.events.severity_changed', {
          from: str(d.from),
          to: str(d.to),
          reason: str(d.reason),
        });
      if (d.cause === 'fields') {
        // A corrected category, product or deployment decided the entitlement again.
        const fields = Array.isArray(d.fields) ? d.fields.map(str) : [];
        const label = (f: string) => t(`requests.fields.${f.replace(/Id$/, '')}`, { defaultValue: f });
        return t(`requests.events.${key}_fields`, {
          fields: fields.map(label).join(t('requests.listSeparator')),
          reason: d.reason ? str(d.reason) : t('requests.events.noReason'),
        });
      }
      return t(`requests.events.${key}`, { reason: str(d.reason) });
    }
    case 'relation_added':
    case 'relation_removed':
      return t(`requests.events.${key}`, {
        kind: t(`requests.relations.kinds.${str(d.kind)}`, { defaultValue: str(d.kind) }),
        otherNumber: str(d.otherNumber),
      });
    case 'fields_changed':
    case 'analysis_updated': {
      const fields = Array.isArray(d.fields) ? d.fields.map(str) : [];
      const label = (f: string) =>
        t(`requests.fields.${f}`, { defaultValue: t(`requests.analysis.${f}`, { defaultValue: f }) });
      return t(`requests.events.${key}`, { fields: fields.map(label).join(t('requests.listSeparator')) });
    }
    case 'not_assigned':
      return t('requests.events.not_assigned', {
        team: names.team(d.teamId) || '—',
        reason: t(`requests.events.notAssignedReasons.${str(d.reason)}`, {
          defaultValue: t('requests.events.notAssignedReasons.other'),
        }),
      });
    case 'received':
      return t('requests.events.received', {
        channel: t(`requests.channel.${str(d.channel)}`, { defaultValue: str(d.channel) }),
      });
    default: {
      // An event without a text of its own still reads as a sentence, never as its key.
      const text = t(`requests.events.${key}`, { ...vars, defaultValue: '' });
      return text || t('requests.events.updated');
    }
  }
}

function Attachments({ requestId, items }: { requestId: string; items: AttachmentRef[] }) {
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  if (!items.length) return null;
  return (
    <Space wrap size={4} style={{ marginTop: 6 }}>
      {items.map((a) => (
        <Button
          key={a.id}
          size="small"
          type="link"
          icon={a.visibility === 'internal' ? <LockOutlined /> : <PaperClipOutlined />}
          onClick={() => downloadAttachment(requestId, a).catch((err) => message.error(errorMessage(err)))}
          data-testid="attachment-link"
        >
          {a.fileName} ({Math.max(1, Math.round(a.sizeBytes / 1024))} KB)
        </Button>
      ))}
    </Space>
  );
}

function Entry({ requestId, e, names }: { requestId: string; e: TimelineEntry; names: Names }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const when = dayjs(e.createdAt).format('YYYY-MM-DD HH:mm:ss');
  if (e.kind === 'event') {
    return (
      <Flex gap={8} align="baseline" wrap data-testid="timeline-event" data-event={e.event ?? ''}>
        <Typography.Text type="secondary">{describeEvent(t, e, names)}</Typography.Text>
        {typeof e.data.note === 'string' && e.data.note && (
          <Typography.Text>「{e.data.note}」</Typography.Text>
        )}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {e.authorName ?? t('requests.timeline.system')} · {when}
        </Typography.Text>
        {e.visibility === 'internal' && (
          <LockOutlined
            style={{ color: token.colorTextTertiary }}
            aria-label={t('requests.timeline.internal')}
          />
        )}
      </Flex>
    );
  }
  const internal = e.visibility === 'internal';
  return (
    <div
      data-testid={internal ? 'timeline-note' : 'timeline-reply'}
      style={{
        border: `1px solid ${internal ? token.colorWarningBorder : token.colorBorderSecondary}`,
        background: internal ? token.colorWarningBg : token.colorBgContainer,
        borderRadius: token.borderRadius,
        padding: '8px 12px',
      }}
    >
      <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
        <Avatar size="small" icon={e.automatic ? <RobotOutlined /> : undefined}>
          {e.authorName?.slice(0, 1)}
        </Avatar>
        <Typography.Text strong>{e.authorName ?? t('requests.timeline.system')}</Typography.Text>
        {internal ? (
          <Tag icon={<LockOutlined />} color="warning">
            {t('requests.timeline.internal')}
          </Tag>
        ) : (
          <Tag color="blue">{t('requests.timeline.public')}</Tag>
        )}
        {e.automatic && <Tag>{t('requests.timeline.automatic')}</Tag>}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {when}
        </Typography.Text>
      </Flex>
      {/* Bodies are sanitized server-side with an allow-list before they are stored. */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: server-sanitized HTML */}
      <div className="aftercare-entry-body" dangerouslySetInnerHTML={{ __html: e.body }} />
      <Attachments requestId={requestId} items={e.attachments ?? []} />
    </div>
  );
}

export function TimelineTab({
  requestId,
  composerRef,
}: {
  requestId: string;
  composerRef?: Ref<ComposerHandle>;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const timeline = useTimeline(requestId);
  const users = useUserOptions();
  const teams = useTeamOptions();
  const stateName = useStateName();
  const names: Names = {
    user: (id) => users.data?.find((u) => u.id === id)?.displayName ?? '',
    team: (id) => localName(teams.data?.find((tm) => tm.id === id)),
    state: (key) => stateName(str(key)),
  };
  const entries = timeline.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <Composer requestId={requestId} ref={composerRef} />
      <ErrorAlert error={timeline.error} />
      {timeline.isLoading ? (
        <Skeleton active />
      ) : entries.length === 0 ? (
        <EmptyState description={t('requests.timeline.empty')} />
      ) : (
        <Timeline
          data-testid="timeline"
          items={entries.map((e) => ({
            key: String(e.id),
            color: e.kind === 'event' ? 'gray' : e.visibility === 'internal' ? token.colorWarning : 'blue',
            icon:
              e.kind === 'event' ? (
                <SyncOutlined style={{ fontSize: 12 }} />
              ) : e.visibility === 'internal' ? (
                <LockOutlined />
              ) : (
                <MessageOutlined />
              ),
            content: <Entry requestId={requestId} e={e} names={names} />,
          }))}
        />
      )}
      {timeline.hasNextPage && (
        <Flex justify="center">
          <Button onClick={() => void timeline.fetchNextPage()} loading={timeline.isFetchingNextPage}>
            {t('requests.timeline.older')}
          </Button>
        </Flex>
      )}
      <style>
        {
          '.aftercare-entry-body p{margin:0 0 4px}.aftercare-entry-body pre{background:#f5f5f5;padding:6px;border-radius:4px;white-space:pre-wrap}'
        }
      </style>
    </>
  );
}
