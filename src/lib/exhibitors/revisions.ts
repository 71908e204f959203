// The ProductRevision state machine: draft → submitted → approved | rejected, and withdrawal.
// Pure: the .server.ts code asks it before every status change and writes only what it allows.
import { ExhibitorError } from './errors';

export type RevisionStatus = 'draft' | 'submitted' | 'approved' | 'rejected' | 'withdrawn';
export type RevisionEvent = 'submit' | 'approve' | 'reject' | 'withdraw';

/** Who may fire each event: the exhibitor's people or the organisers. */
export const EVENT_ACTOR: Record<RevisionEvent, 'exhibitor' | 'organiser'> = {
  submit: 'exhibitor',
  approve: 'organiser',
  reject: 'organiser',
  withdraw: 'exhibitor',
};

// An approved revision is never withdrawn itself: withdrawing a product hides it (product.withdrawnAt)
// and keeps the approved revision as the record of what was public.
const TRANSITIONS: Record<RevisionStatus, Partial<Record<RevisionEvent, RevisionStatus>>> = {
  draft: { submit: 'submitted', withdraw: 'withdrawn' },
  submitted: { approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' },
  approved: {},
  rejected: {},
  withdrawn: {},
};

/** The status after `event`, or undefined when the event is not allowed from `from`. */
export function nextStatus(from: RevisionStatus, event: RevisionEvent): RevisionStatus | undefined {
  return TRANSITIONS[from][event];
}

/** The status after `event`; throws `invalid-transition` when it is not allowed. */
export function transition(from: RevisionStatus, event: RevisionEvent): RevisionStatus {
  const to = nextStatus(from, event);
  if (!to) throw new ExhibitorError('invalid-transition', { status: from, event });
  return to;
}

/**
 * What editing does given the latest revision: a draft is changed in place; a submitted one is
 * under review and cannot change; anything decided gets a new draft (the approved one stays public).
 */
export function editAction(latest: RevisionStatus | undefined): 'update-draft' | 'new-draft' | 'in-review' {
  if (latest === 'draft') return 'update-draft';
  if (latest === 'submitted') return 'in-review';
  return 'new-draft';
}

/** Throws `in-review` or returns whether to update the draft or start a new one. */
export function assertEditable(latest: RevisionStatus | undefined): 'update-draft' | 'new-draft' {
  const action = editAction(latest);
  if (action === 'in-review') throw new ExhibitorError('in-review');
  return action;
}
