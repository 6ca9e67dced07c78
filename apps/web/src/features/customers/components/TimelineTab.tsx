import { Button, Flex, Skeleton, Timeline, Typography } from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeList } from '../../../components/ChangeList';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { AuditSentence, type AuditSentenceEntry } from '../../audit/AuditSentence';
import { useTimeline } from '../customers.api';
import type { TimelineEntry } from '../customers.types';

const colorOf = (action: string) =>
  action.endsWith('.delete') ? 'red' : action.endsWith('.create') ? 'green' : 'blue';

/** The entry as a sentence needs the names the server resolved (present since the timeline carries them). */
const sentenceEntry = (e: TimelineEntry, customerId: string): AuditSentenceEntry => {
  const named = e as TimelineEntry & Partial<AuditSentenceEntry>;
  return {
    ...e,
    customerId,
    entityName: named.entityName ?? null,
    entityNameEn: named.entityNameEn ?? null,
    entityKey: named.entityKey ?? null,
    parentId: named.parentId ?? null,
  };
};

/** Every audited change of the customer and its contacts, newest first, loaded page by page. */
export function TimelineTab({ customerId }: { customerId: string }) {
  const { t } = useTranslation();
  const [cursor, setCursor] = useState<string | null>(null);
  const [items, setItems] = useState<TimelineEntry[]>([]);
  const { data, isLoading, isFetching, error } = useTimeline(customerId, cursor);

  useEffect(() => {
    if (!data) return;
    setItems((prev) => {
      const seen = new Set(prev.map((i) => i.id));
      return cursor ? [...prev, ...data.items.filter((i) => !seen.has(i.id))] : data.items;
    });
  }, [data, cursor]);

  if (isLoading) return <Skeleton active />;
  return (
    <>
      <ErrorAlert error={error} />
      {items.length === 0 ? (
        <EmptyState description={t('customers.timeline.empty')} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={items.map((e) => ({
            key: e.id,
            color: colorOf(e.action),
            content: (
              <div>
                <Flex gap={8} wrap>
                  <Typography.Text>
                    <AuditSentence entry={sentenceEntry(e, customerId)} />
                  </Typography.Text>
                  <Typography.Text type="secondary">
                    {dayjs(e.at).format('YYYY-MM-DD HH:mm:ss')}
                  </Typography.Text>
                </Flex>
                {e.action.endsWith('.update') && (
                  <ChangeList
                    before={e.before}
                    after={e.after}
                    labelPrefix={
                      e.entityType === 'contact' ? 'customers.contacts.fields' : 'customers.fields'
                    }
                  />
                )}
              </div>
            ),
          }))}
        />
      )}
      {data?.nextCursor && (
        <Button loading={isFetching} onClick={() => setCursor(data.nextCursor)}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
