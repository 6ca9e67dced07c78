/** 待我审批: approval requests awaiting the caller's role, with a drawer to read the steps and decide. */
import {
  App,
  Button,
  Card,
  Drawer,
  Flex,
  Input,
  Segmented,
  Steps,
  type TableProps,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CursorPager, useCursorPages } from '../../../components/CursorPager';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert, useErrorMessage } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { useApproval, useApprovals, useDecide } from '../approvals.api';
import type { Approval, ApprovalStatus } from '../approvals.types';

const PAGE_SIZE = 20;
const statusColor: Record<ApprovalStatus, string> = {
  pending: 'processing',
  approved: 'success',
  rejected: 'error',
  cancelled: 'default',
};
const when = (iso: string) => dayjs(iso).format('YYYY-MM-DD HH:mm');

function useLabels() {
  const { t } = useTranslation();
  return {
    role: (key: string) => t(`roleNames.${key}`, { defaultValue: key }),
    kind: (key: string) => t(`approvals.kind.${key}`, { defaultValue: key }),
  };
}

/** The contract a request is about, when the subject is the contract itself. */
const contractLink = (a: Approval) => (a.subjectType === 'contract' ? `/contracts/${a.subjectId}` : null);

function ApprovalDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const labels = useLabels();
  const { data: a, error } = useApproval(id);
  const decide = useDecide();
  const [comment, setComment] = useState('');
  const [needComment, setNeedComment] = useState(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new request starts with an empty comment.
  useEffect(() => {
    setComment('');
    setNeedComment(false);
  }, [id]);

  const submit = (decision: 'approve' | 'reject') => {
    if (!a) return;
    if (decision === 'reject' && !comment.trim()) {
      setNeedComment(true);
      return;
    }
    decide.mutate(
      { id: a.id, decision, comment: comment.trim() || undefined },
      {
        onSuccess: () => {
          message.success(t(decision === 'approve' ? 'approvals.approved' : 'approvals.rejected'));
          onClose();
        },
        onError: (err) => message.error(errorMessage(err)),
      },
    );
  };

  const link = a ? contractLink(a) : null;
  return (
    <Drawer open={!!id} onClose={onClose} width={560} title={t('approvals.detail')} destroyOnHidden>
      <ErrorAlert error={error} />
      {a && (
        <Flex vertical gap={16}>
          <div>
            <Typography.Title level={5} style={{ margin: 0 }} data-testid="approval-title">
              {a.title}
            </Typography.Title>
            <Flex gap={8} wrap align="center" style={{ marginTop: 4 }}>
              <Tag>{labels.kind(a.kind)}</Tag>
              <Tag color={statusColor[a.status]}>{t(`approvals.status.${a.status}`)}</Tag>
              <Typography.Text type="secondary">
                {a.requestedByName} · {when(a.createdAt)}
              </Typography.Text>
              {link && <Link to={link}>{t('approvals.openContract')}</Link>}
            </Flex>
          </div>
          <div>
            <Typography.Text strong>{t('approvals.fields.steps')}</Typography.Text>
            <Steps
              direction="vertical"
              size="small"
              style={{ marginTop: 8 }}
              current={a.status === 'pending' ? a.currentStep : a.steps.length}
              status={a.status === 'rejected' ? 'error' : a.status === 'pending' ? 'process' : 'finish'}
              items={a.steps.map((role, i) => {
                const d = a.decisions.find((x) => x.step === i);
                return {
                  title: labels.role(role),
                  description: d
                    ? `${d.userName} · ${t(`approvals.decision.${d.decision}`)} · ${when(d.at)}`
                    : undefined,
                };
              })}
            />
          </div>
          <div>
            <Typography.Text strong>{t('approvals.fields.decisions')}</Typography.Text>
            {a.decisions.length === 0 ? (
              <Typography.Paragraph type="secondary">{t('approvals.noDecisions')}</Typography.Paragraph>
            ) : (
              <Timeline
                style={{ marginTop: 12 }}
                items={a.decisions.map((d) => ({
                  color: d.decision === 'approve' ? 'green' : 'red',
                  children: (
                    <>
                      <Typography.Text strong>
                        {d.userName}（{labels.role(d.roleKey)}）{t(`approvals.decision.${d.decision}`)}
                      </Typography.Text>
                      <Typography.Text type="secondary"> {when(d.at)}</Typography.Text>
                      {d.comment && (
                        <Typography.Paragraph style={{ margin: 0 }}>{d.comment}</Typography.Paragraph>
                      )}
                    </>
                  ),
                }))}
              />
            )}
          </div>
          {a.status === 'pending' && (
            <Flex vertical gap={8}>
              <Input.TextArea
                aria-label={t('approvals.comment')}
                placeholder={t('approvals.comment')}
                rows={3}
                maxLength={2000}
                value={comment}
                status={needComment && !comment.trim() ? 'error' : undefined}
                onChange={(e) => setComment(e.target.value)}
              />
              {needComment && !comment.trim() && (
                <Typography.Text type="danger">{t('approvals.commentRequired')}</Typography.Text>
              )}
              <Flex gap={8} justify="flex-end">
                <Button danger loading={decide.isPending} onClick={() => submit('reject')}>
                  {t('approvals.reject')}
                </Button>
                <Button type="primary" loading={decide.isPending} onClick={() => submit('approve')}>
                  {t('approvals.approve')}
                </Button>
              </Flex>
            </Flex>
          )}
        </Flex>
      )}
    </Drawer>
  );
}

export default function ApprovalInboxPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useSearchParams();
  const mine = params.get('view') !== 'all';
  const openId = params.get('open');
  const pages = useCursorPages();
  const { data, isLoading, isFetching, error } = useApprovals(mine, pages.cursor, PAGE_SIZE);
  // biome-ignore lint/correctness/useExhaustiveDependencies: another view starts from the first page.
  useEffect(() => pages.reset(), [mine]);

  const setParam = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value === null) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  const columns: TableProps<Approval>['columns'] = [
    {
      title: t('approvals.fields.subject'),
      dataIndex: 'title',
      ellipsis: true,
      render: (title: string, a) => <Link to={`?open=${a.id}${mine ? '' : '&view=all'}`}>{title}</Link>,
    },
    { title: t('approvals.fields.kind'), dataIndex: 'kind', width: 120, render: labels.kind },
    {
      title: t('approvals.fields.currentStep'),
      key: 'step',
      width: 200,
      render: (_, a) =>
        a.currentRole
          ? t('approvals.step', {
              n: a.currentStep + 1,
              total: a.steps.length,
              role: labels.role(a.currentRole),
            })
          : '—',
    },
    {
      title: t('approvals.fields.status'),
      dataIndex: 'status',
      width: 100,
      render: (s: ApprovalStatus) => <Tag color={statusColor[s]}>{t(`approvals.status.${s}`)}</Tag>,
    },
    { title: t('approvals.fields.requestedBy'), dataIndex: 'requestedByName', width: 120 },
    { title: t('approvals.fields.requestedAt'), dataIndex: 'createdAt', width: 150, render: when },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 150,
      render: (_, a) => {
        const link = contractLink(a);
        return (
          <Flex gap={8}>
            <Link to={`?open=${a.id}${mine ? '' : '&view=all'}`}>{t('approvals.open')}</Link>
            {link && <Link to={link}>{t('approvals.openContract')}</Link>}
          </Flex>
        );
      },
    },
  ];

  return (
    <>
      <PageHeader title={t('approvals.title')} subtitle={t('approvals.subtitle')} />
      <Card>
        <Segmented
          style={{ marginBottom: 16 }}
          value={mine ? 'mine' : 'all'}
          onChange={(v) => setParam('view', v === 'all' ? 'all' : null)}
          options={[
            { value: 'mine', label: t('approvals.mine') },
            { value: 'all', label: t('approvals.all') },
          ]}
        />
        <ErrorAlert error={error} />
        <DataTable<Approval>
          rowKey="id"
          columns={columns}
          dataSource={data?.items ?? []}
          loading={isLoading || isFetching}
          pagination={false}
          scroll={{ x: 900 }}
          locale={{ emptyText: <EmptyState description={t('approvals.empty')} /> }}
        />
        <CursorPager
          page={pages.page}
          nextCursor={data?.nextCursor}
          onPrev={pages.prev}
          onNext={pages.next}
          loading={isFetching}
        />
      </Card>
      <ApprovalDrawer id={openId} onClose={() => setParam('open', null)} />
    </>
  );
}
