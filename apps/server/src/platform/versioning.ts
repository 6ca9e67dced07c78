/**
 * Optimistic concurrency: updates of shared records carry the version the
 * caller edited (If-Match). Missing → 428, stale → 412 with the current version,
 * so two people never silently overwrite each other.
 */
import { DomainError } from './errors.js';

export function requireIfMatch(expected: number | undefined): asserts expected is number {
  if (expected === undefined) {
    throw new DomainError('precondition_required', 'Send If-Match with the version you edited');
  }
}

/** `what` names the record in the message, e.g. 'customer'. */
export function assertVersion(what: string, current: number, expected: number): void {
  if (current !== expected) {
    throw new DomainError('precondition_failed', `The ${what} was changed by someone else; reload it`, {
      details: { currentVersion: current },
    });
  }
}

/** Both checks at once, for updates that read the record before anything else. */
export function checkVersion(what: string, current: number, expected: number | undefined): void {
  requireIfMatch(expected);
  assertVersion(what, current, expected);
}
