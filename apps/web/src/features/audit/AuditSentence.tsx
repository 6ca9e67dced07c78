/**
 * One audit entry as a sentence in the reader's language ("王磊 将 SR-2026-000004 升级到二线：…"): the actor's
 * and the entity's names (resolved by the server), the entity linked to its page, and no raw keys — an
 * action or entity type without a text reads as "updated <type>", a gone entity as "a deleted record".
 */
import { Typography } from 'antd';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { builtinName } from '../../i18n/builtins';

export interface AuditSentenceEntry {
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  customerId?: string | null;
  entityName: string | null;
  entityNameEn: string | null;
  entityKey: string | null;
  parentId: string | null;
  before: unknown;
  after: unknown;
}

/** The page an entity is shown on, or undefined when it has none of its own. */
export function entityLink(e: AuditSentenceEntry): string | undefined {
  const id = e.entityId;
  switch (e.entityType) {
    case 'service_request':
      return `/requests/${id}`;
    case 'request_timeline':
    case 'time_entry':
    case 'request_attachment':
      return e.parentId ? `/requests/${e.parentId}` : undefined;
    case 'contract':
      return `/contracts/${id}`;
    case 'contract_document':
    case 'contract_change_request':
    case 'renewal_task':
      return e.parentId ? `/contracts/${e.parentId}` : undefined;
    case 'customer':
      return `/customers/${id}`;
    case 'contact':
    case 'deployment':
    case 'warranty':
      return e.customerId ? `/customers/${e.customerId}` : undefined;
    case 'product':
      return `/products/${id}`;
    case 'product_version':
      return e.parentId ? `/products/${e.parentId}` : undefined;
    case 'calendar':
      return `/calendars/${id}`;
    case 'sla_policy':
      return `/sla-policies/${id}`;
    case 'approval':
      return '/approvals';
    case 'user':
      return '/admin/users';
    case 'role':
      return '/admin/roles';
    case 'team':
    case 'team_queue':
      return '/admin/teams';
    default:
      return undefined;
  }
}

const field = (v: unknown, key: string): unknown =>
  v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;

export function AuditSentence({ entry: e }: { entry: AuditSentenceEntry }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const verbs = t('audit.verbs', { returnObjects: true }) as Record<string, string>;
  const type = t(`audit.entityTypes.${e.entityType}`, { defaultValue: '' });
  const action =
    verbs[e.action] ?? (type ? `${t('audit.changed')}${en ? ' ' : ''}${type}` : t('audit.changed'));
  const stored = en && e.entityNameEn ? e.entityNameEn : e.entityName;
  const entity = stored ? builtinName(e.entityKey, stored) : t('audit.someone');
  // No actor id: a background job (renewal scan, SLA sweep), whose stored name is a technical one.
  const actor = e.actorId ? (e.actorName ?? t('audit.someone')) : t('audit.system');
  const link = entityLink(e);
  const components = {
    actor: <Typography.Text strong />,
    entity: link ? <Link to={link} /> : <Typography.Text />,
  };
  const after = e.after;
  if (e.action === 'request.escalated' && field(after, 'tier') != null) {
    const tier = String(field(after, 'tier'));
    return (
      <Trans
        i18nKey="audit.escalated"
        values={{
          actor,
          entity,
          tier: t(`audit.tiers.${tier}`, { defaultValue: tier }),
          reason: String(field(after, 'reason') ?? ''),
        }}
        components={components}
      />
    );
  }
  const comment = field(after, 'comment');
  if (e.action.startsWith('approval.') && typeof comment === 'string' && comment)
    return (
      <Trans i18nKey="audit.decided" values={{ actor, action, entity, comment }} components={components} />
    );
  return <Trans i18nKey="audit.sentence" values={{ actor, action, entity }} components={components} />;
}
