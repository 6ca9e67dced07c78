/**
 * The request page's actions: acknowledge, state transitions (from the
 * server's allowedTransitions), assign, escalate. Every one sends If-Match
 * with the version on screen; a stale one is reported and the request reloaded.
 */
import {
  ArrowUpOutlined,
  CheckOutlined,
  DownOutlined,
  EllipsisOutlined,
  SwapOutlined,
  UserSwitchOutlined,
} from '@ant-design/icons';
import { App, Button, type ButtonProps, Dropdown, Form, Input, Modal, Select, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { localName } from '../../../i18n';
import { useCan, useMe } from '../../auth/useAuth';
import { useTeamOptions, useUserOptions } from '../../customers/customers.api';
import {
  useAcknowledgeRequest,
  useAssignRequest,
  useEscalateRequest,
  useRequestStates,
  useTransitionRequest,
} from '../requests.api';
import type { RequestDetail } from '../requests.types';
import { useActionError, useDialogAction } from '../useActionError';
import { RecheckModal, SeverityModal } from './ChangeModals';
import { useStateName } from './RequestTags';

export type ActionModal =
  | 'escalate'
  | 'assign'
  | 'severity'
  | 'recheck'
  | { transition: string; note?: string }
  | null;

function TransitionModal({
  request,
  to,
  initialNote = '',
  onClose,
}: {
  request: RequestDetail;
  to: string;
  initialNote?: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const stateName = useStateName();
  const transition = useTransitionRequest();
  const onError = useActionError(request.id);
  const [note, setNote] = useState(initialNote);
  const submit = async () => {
    try {
      await transition.mutateAsync({ request, to, note: note.trim() || undefined });
      message.success(t('requests.actions.transitioned', { state: stateName(to) }));
      onClose();
    } catch (err) {
      onError(err);
      onClose();
    }
  };
  return (
    <Modal
      open
      title={t('requests.actions.transitionTo', { state: stateName(to) })}
      okText={t('common.confirm')}
      cancelText={t('common.cancel')}
      confirmLoading={transition.isPending}
      onOk={submit}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'transition-confirm' } as ButtonProps}
      destroyOnHidden
    >
      <Input.TextArea
        rows={3}
        maxLength={2000}
        autoFocus
        placeholder={t('requests.actions.transitionNote')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        data-testid="transition-note"
      />
    </Modal>
  );
}

function EscalateModal({ request, onClose }: { request: RequestDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const escalate = useEscalateRequest();
  const { error, run } = useDialogAction(request.id, onClose);
  const [form] = Form.useForm<{ reason: string }>();
  const submit = ({ reason }: { reason: string }) =>
    run(
      () => escalate.mutateAsync({ request, reason: reason.trim() }),
      t('requests.actions.escalated', { tier: request.tier + 1 }),
    );
  return (
    <Modal
      open
      title={t('requests.actions.escalateTitle')}
      okText={t('requests.actions.escalate')}
      cancelText={t('common.cancel')}
      confirmLoading={escalate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'escalate-confirm' } as ButtonProps}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form form={form} layout="vertical" onFinish={submit}>
        <Form.Item
          name="reason"
          label={t('requests.actions.escalateReason')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} autoFocus data-testid="escalate-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function AssignModal({ request, onClose }: { request: RequestDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const assign = useAssignRequest();
  const { error, run } = useDialogAction(request.id, onClose);
  const teams = useTeamOptions();
  const [form] = Form.useForm<{ teamId?: string; assigneeId?: string }>();
  const teamId = Form.useWatch('teamId', form);
  const users = useUserOptions();
  const people = (users.data ?? []).filter((u) => !teamId || !u.teamIds || u.teamIds.includes(teamId));
  const submit = (v: { teamId?: string; assigneeId?: string }) =>
    run(
      () =>
        assign.mutateAsync({
          request,
          ...(v.teamId && v.teamId !== request.teamId ? { teamId: v.teamId } : {}),
          assigneeId: v.assigneeId ?? undefined,
        }),
      t('requests.actions.assigned'),
    );
  return (
    <Modal
      open
      title={t('requests.actions.assignTitle')}
      okText={t('requests.actions.assign')}
      cancelText={t('common.cancel')}
      confirmLoading={assign.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ 'data-testid': 'assign-confirm' } as ButtonProps}
      destroyOnHidden
    >
      <ErrorAlert error={error} />
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ teamId: request.teamId ?? undefined, assigneeId: request.assigneeId ?? undefined }}
      >
        <Form.Item name="teamId" label={t('requests.fields.team')}>
          <Select
            options={(teams.data ?? [])
              .filter((tm) => tm.kind === 'service')
              .map((tm) => ({ value: tm.id, label: localName(tm) }))}
          />
        </Form.Item>
        <Form.Item name="assigneeId" label={t('requests.fields.assignee')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={people.map((u) => ({ value: u.id, label: u.displayName }))}
            data-testid="assign-user"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}

export function RequestActions({
  request,
  modal,
  setModal,
  stateMenuOpen,
  setStateMenuOpen,
}: {
  request: RequestDetail;
  modal: ActionModal;
  setModal: (m: ActionModal) => void;
  stateMenuOpen: boolean;
  setStateMenuOpen: (open: boolean) => void;
}) {
  const { t } = useTranslation();
  const can = useCan();
  const { me } = useMe();
  const { message } = App.useApp();
  const stateName = useStateName();
  const acknowledge = useAcknowledgeRequest();
  const assign = useAssignRequest();
  const onError = useActionError(request.id);
  const open = ['new', 'open', 'pending'].includes(request.stateCategory);
  const transitions = request.allowedTransitions;
  // The customer's answer to a resolution, recorded by the agent who took the call (the portal comes later).
  const { data: states } = useRequestStates();
  const firstOf = (category: string) =>
    transitions.find((key) => states?.states.find((s) => s.key === key)?.category === category);
  const confirmTo = request.stateCategory === 'resolved' ? firstOf('closed') : undefined;
  const notSolvedTo = request.stateCategory === 'resolved' ? firstOf('open') : undefined;

  const ack = async () => {
    try {
      await acknowledge.mutateAsync({ request });
      message.success(t('requests.actions.acknowledged'));
    } catch (err) {
      onError(err);
    }
  };
  const takeMine = async () => {
    if (!me) return;
    try {
      await assign.mutateAsync({ request, assigneeId: me.id });
      message.success(t('requests.actions.assigned'));
    } catch (err) {
      onError(err);
    }
  };

  return (
    <>
      {can('requests:internal') && open && !request.firstResponseAt && (
        <Button
          icon={<CheckOutlined />}
          onClick={ack}
          loading={acknowledge.isPending}
          data-testid="request-acknowledge"
        >
          {t('requests.actions.acknowledge')}
        </Button>
      )}
      {can('requests:update') && confirmTo && (
        <Button
          onClick={() =>
            setModal({ transition: confirmTo, note: t('requests.actions.customerConfirmedNote') })
          }
          data-testid="request-customer-confirmed"
        >
          {t('requests.actions.customerConfirmed')}
        </Button>
      )}
      {can('requests:update') && notSolvedTo && (
        <Button
          danger
          onClick={() =>
            setModal({ transition: notSolvedTo, note: t('requests.actions.customerNotSolvedNote') })
          }
          data-testid="request-customer-not-solved"
        >
          {t('requests.actions.customerNotSolved')}
        </Button>
      )}
      {can('requests:assign') && open && me && request.assigneeId !== me.id && (
        <Button onClick={takeMine} loading={assign.isPending} data-testid="request-take">
          {t('requests.actions.assignTakeMine')}
        </Button>
      )}
      {can('requests:assign') && open && (
        <Button icon={<UserSwitchOutlined />} onClick={() => setModal('assign')} data-testid="request-assign">
          {t('requests.actions.assign')}
        </Button>
      )}
      {can('requests:assign') && open && (
        <Tooltip title={request.tier >= 3 ? t('requests.actions.maxTier') : 'e'}>
          <Button
            icon={<ArrowUpOutlined />}
            disabled={request.tier >= 3}
            onClick={() => setModal('escalate')}
            data-testid="request-escalate"
          >
            {t('requests.actions.escalate')}
          </Button>
        </Tooltip>
      )}
      {can('requests:update') && open && (
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'severity', label: t('requests.actions.changeSeverity') },
              { key: 'recheck', label: t('requests.actions.recheck') },
            ],
            onClick: ({ key }) => setModal(key as 'severity' | 'recheck'),
          }}
        >
          <Button
            icon={<EllipsisOutlined />}
            aria-label={t('requests.actions.more')}
            data-testid="request-more"
          />
        </Dropdown>
      )}
      {(can('requests:update') || can('requests:reply')) && (
        <Dropdown
          open={stateMenuOpen}
          onOpenChange={setStateMenuOpen}
          trigger={['click']}
          disabled={!transitions.length}
          menu={{
            items: transitions.map((to) => ({
              key: to,
              label: (
                <span data-testid={`transition-${to}`}>
                  {t('requests.actions.transitionTo', { state: stateName(to) })}
                </span>
              ),
            })),
            onClick: ({ key }) => {
              setStateMenuOpen(false);
              setModal({ transition: key });
            },
          }}
        >
          <Tooltip title={transitions.length ? 's' : t('requests.actions.noTransitions')}>
            <Button type="primary" icon={<SwapOutlined />} data-testid="request-transitions">
              {t('requests.actions.transitions')} <DownOutlined />
            </Button>
          </Tooltip>
        </Dropdown>
      )}
      {modal === 'escalate' && <EscalateModal request={request} onClose={() => setModal(null)} />}
      {modal === 'assign' && <AssignModal request={request} onClose={() => setModal(null)} />}
      {modal === 'severity' && <SeverityModal request={request} onClose={() => setModal(null)} />}
      {modal === 'recheck' && <RecheckModal request={request} onClose={() => setModal(null)} />}
      {modal && typeof modal === 'object' && (
        <TransitionModal
          request={request}
          to={modal.transition}
          initialNote={modal.note}
          onClose={() => setModal(null)}
        />
      )}
    </>
  );
}
