/** Live SLA clocks: one shared one-second ticker drives every countdown on the page. */
import {
  CheckCircleFilled,
  ClockCircleOutlined,
  CloseCircleFilled,
  ExclamationCircleFilled,
  PauseCircleOutlined,
} from '@ant-design/icons';
import { Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ClockPhase,
  type ClockTarget,
  clockView,
  formatCountdown,
  type Units,
} from '../requests.format';
import type { SlaFields } from '../requests.types';

// One interval for the whole page however many rows tick.
let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | null = null;
function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!timer) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, 1000);
  }
  return () => {
    listeners.delete(listener);
    if (!listeners.size && timer) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The current time, re-rendering the caller every second. */
export function useNow(): number {
  return useSyncExternalStore(
    subscribe,
    () => now,
    () => now,
  );
}

export const phaseColor: Record<ClockPhase, string> = {
  none: '#8c8c8c',
  running: '#389e0d',
  warning: '#d48806',
  breached: '#cf1322',
  paused: '#8c8c8c',
  met: '#389e0d',
  missed: '#cf1322',
};

const phaseIcon: Record<ClockPhase, React.ReactNode> = {
  none: null,
  running: <ClockCircleOutlined />,
  warning: <ExclamationCircleFilled />,
  breached: <CloseCircleFilled />,
  paused: <PauseCircleOutlined />,
  met: <CheckCircleFilled />,
  missed: <CloseCircleFilled />,
};

export function useUnits(): Units {
  const { t } = useTranslation();
  return { d: t('requests.units.d'), h: t('requests.units.h'), m: t('requests.units.m') };
}

/**
 * One clock (response or resolution) as a coloured countdown: green while
 * running, amber once the warning threshold passed, red when overdue, grey
 * while paused, a check mark when met. `data-phase` lets tests read the phase.
 */
export function SlaCountdown({
  request,
  target,
  showLabel,
  testId,
}: {
  request: SlaFields;
  target: ClockTarget;
  showLabel?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const units = useUnits();
  const at = useNow();
  const view = clockView(request, target, at);
  const time = view.remainingMs === null ? '' : formatCountdown(view.remainingMs, units);
  const text =
    view.phase === 'running'
      ? t('requests.sla.running', { time })
      : view.phase === 'warning'
        ? t('requests.sla.warning', { time })
        : view.phase === 'breached'
          ? time
            ? t('requests.sla.breached', { time })
            : t('requests.sla.breachedNoTime')
          : t(`requests.sla.${view.phase}`);
  const tip = [
    t(`requests.sla.${target}`),
    view.dueAt ? t('requests.sla.due', { at: dayjs(view.dueAt).format('YYYY-MM-DD HH:mm') }) : '',
    view.doneAt ? t('requests.sla.doneAt', { at: dayjs(view.doneAt).format('YYYY-MM-DD HH:mm') }) : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={tip}>
      <Typography.Text
        data-testid={testId}
        data-phase={view.phase}
        style={{ color: phaseColor[view.phase], whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}
      >
        {phaseIcon[view.phase]} {showLabel && `${t(`requests.sla.${target}`)}: `}
        {text}
      </Typography.Text>
    </Tooltip>
  );
}
