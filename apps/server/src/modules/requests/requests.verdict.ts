/**
 * One request, one verdict: whether each SLA target was met or breached, and
 * the breach count, decided here and nowhere else. Intake, the flow, the
 * sweep, the historical import and a recheck all pass their rows through
 * `slaVerdicts`, so a target is never both met and breached and the breach
 * count is always the number of breached targets.
 *
 * A target is done when its instant is recorded (first response, resolution).
 * A done target is met when it was done by its due instant and no breach was
 * fired before (once the sweep has told people it is breached, it stays
 * breached: the verdict never contradicts a notification). An open target is
 * never met; it is breached once the sweep (or, for history, the import's
 * `now`) sees its due instant pass — a paused resolution never does. Without
 * a due instant nothing is decided.
 */

export interface VerdictRow {
  firstResponseAt: Date | null;
  responseDueAt: Date | null;
  responseBreachedAt: Date | null;
  resolvedAt: Date | null;
  resolutionDueAt: Date | null;
  resolutionBreachedAt: Date | null;
  /** Non-null: the resolution clock is paused (waiting for the customer), so it cannot fall due. */
  pausedAt?: Date | null;
}

export interface Verdicts {
  responseMet: boolean | null;
  responseBreachedAt: Date | null;
  resolutionMet: boolean | null;
  resolutionBreachedAt: Date | null;
  breachCount: number;
}

interface TargetVerdict {
  met: boolean | null;
  breachedAt: Date | null;
}

/**
 * One target. `now` is given only by the deciders that may declare an open
 * target breached (the sweep, which notifies, and the import of the past);
 * the other paths leave an open target's breach to the sweep.
 */
export function targetVerdict(
  done: Date | null,
  due: Date | null,
  breachedAt: Date | null,
  now?: Date,
): TargetVerdict {
  if (done) {
    const late = breachedAt !== null || (due !== null && done.getTime() > due.getTime());
    if (!late) return { met: due === null ? null : true, breachedAt: null };
    return { met: false, breachedAt: breachedAt ?? due };
  }
  const overdue = !!now && due !== null && now.getTime() >= due.getTime();
  return { met: null, breachedAt: breachedAt ?? (overdue ? due : null) };
}

/** Both targets' verdicts and the breach count of a request row. */
export function slaVerdicts(row: VerdictRow, now?: Date): Verdicts {
  const response = targetVerdict(row.firstResponseAt, row.responseDueAt, row.responseBreachedAt, now);
  const running = !row.pausedAt;
  const resolution = targetVerdict(
    row.resolvedAt,
    row.resolutionDueAt,
    row.resolutionBreachedAt,
    running ? now : undefined,
  );
  return {
    responseMet: response.met,
    responseBreachedAt: response.breachedAt,
    resolutionMet: resolution.met,
    resolutionBreachedAt: resolution.breachedAt,
    breachCount: (response.breachedAt ? 1 : 0) + (resolution.breachedAt ? 1 : 0),
  };
}
