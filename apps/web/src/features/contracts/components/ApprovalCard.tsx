/** One approval request: its steps, who decided what, and approve/reject for the role whose turn it is. */
import { App, Button, Card, Flex, Input, Space, Steps, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../../components/ErrorAlert';
import { useCan, useMe } from '../../auth/useAuth';
import { useDecide } from '../contracts.api';
import type { Approval } from '../contracts.types';
import { ApprovalStatusTag } from './ContractTags';

export function ApprovalCard({ approval }: { approval: Approval }) {
  const { t } = useTranslation();
  const { me } = useMe();
  const can = useCan();
  const { message } = App.useApp();
  const errorMessage = useErrorMessage();
  const decide = useDecide();
  const [comment, setComment] = useState('');
  const [commentError, setCommentError] = useState(false);
  const role = (key: string) => t(`roleNames.${key}`, { defaultValue: key });
  const myTurn =
    approval.status === 'pending' && !!me && approval.currentRole === me.role && can('contracts:approve');

  const onDecide = async (decision: 'approve' | 'reject') => {
    if (decision === 'reject' && !comment.trim()) {
      setCommentError(true);
      return;
    }
    try {
      await decide.mutateAsync({ id: approval.id, decision, comment: comment.trim() });
      message.success(
        t(decision === 'approve' ? 'contracts.approvals.approved' : 'contracts.approvals.rejected'),
      );
      setComment('');
    } catch (err) {
      message.error(errorMessage(err));
    }
  };

  const decisionAt = (step: number) => approval.decisions.find((d) => d.step === step);
  return (
    <Card
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="approval-card"
      data-status={approval.status}
      title={
        <Flex gap={8} align="center" wrap>
          <span>{approval.title}</span>
          <ApprovalStatusTag status={approval.status} />
        </Flex>
      }
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('contracts.approvals.requestedBy', {
            name: approval.requestedByName,
            at: dayjs(approval.createdAt).format('YYYY-MM-DD HH:mm'),
          })}
        </Typography.Text>
      }
    >
      <Steps
        size="small"
        current={approval.currentStep}
        status={
          approval.status === 'rejected' ? 'error' : approval.status === 'approved' ? 'finish' : 'process'
        }
        items={approval.steps.map((key, i) => {
          const d = decisionAt(i);
          return {
            title: role(key),
            status: d
              ? d.decision === 'approve'
                ? 'finish'
                : 'error'
              : i === approval.currentStep && approval.status === 'pending'
                ? 'process'
                : 'wait',
            description: d ? (
              <Space orientation="vertical" size={0}>
                <span>
                  {d.userName} · {t(`contracts.approvals.decisions.${d.decision}`)}
                </span>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dayjs(d.at).format('YYYY-MM-DD HH:mm')}
                </Typography.Text>
                {d.comment && <Typography.Text italic>“{d.comment}”</Typography.Text>}
              </Space>
            ) : undefined,
          };
        })}
      />
      {approval.status === 'pending' && approval.currentRole && (
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
          {t('contracts.approvals.awaiting', { role: role(approval.currentRole) })}
        </Typography.Paragraph>
      )}
      {myTurn && (
        <Flex vertical gap={8} style={{ marginTop: 12 }} data-testid="approval-decide">
          <Input.TextArea
            rows={2}
            maxLength={2000}
            placeholder={t('contracts.approvals.comment')}
            aria-label={t('contracts.approvals.comment')}
            status={commentError ? 'error' : undefined}
            value={comment}
            onChange={(e) => {
              setComment(e.target.value);
              setCommentError(false);
            }}
            data-testid="approval-comment"
          />
          {commentError && (
            <Typography.Text type="danger">{t('contracts.approvals.commentRequired')}</Typography.Text>
          )}
          <Flex gap={8}>
            <Button
              type="primary"
              loading={decide.isPending}
              onClick={() => void onDecide('approve')}
              data-testid="approval-approve"
            >
              {t('contracts.approvals.approve')}
            </Button>
            <Button
              danger
              loading={decide.isPending}
              onClick={() => void onDecide('reject')}
              data-testid="approval-reject"
            >
              {t('contracts.approvals.reject')}
            </Button>
          </Flex>
        </Flex>
      )}
    </Card>
  );
}
