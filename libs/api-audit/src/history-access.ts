import { readPartnership } from '@nsf/api-core';
import { forbidden, mayReadHistory, notFound, type Actor, type DomainError, type HistoryOwner } from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import type { HistorySubject } from './history-subject';

export type HistoryAccess =
  | { readonly ok: true; readonly owner: HistoryOwner; readonly tenantId: string }
  | { readonly ok: false; readonly error: DomainError };

/**
 * Whose history the subject is, and whether the actor may read it. A partnership and its region
 * come from the partnership's own stream (always current); a stream belongs to its events' tenant,
 * which `tenantOfStream` finds where the caller is about to read — as the platform, since a stream
 * outside the caller's scope is invisible to their request. A tenant that is no registered
 * partnership is the platform's own history.
 */
export async function checkHistoryAccess(options: {
  store: EventStore;
  actor: Actor;
  subject: HistorySubject;
  tenantOfStream: (streamId: string) => Promise<string | undefined>;
}): Promise<HistoryAccess> {
  const { store, actor, subject } = options;
  let tenantId: string;
  if ('partnershipId' in subject) {
    tenantId = subject.partnershipId;
    const partnership = await readPartnership(store, tenantId);
    if (partnership.status !== 'registered') {
      return { ok: false, error: notFound(`There is no partnership “${subject.partnershipId}”.`) };
    }
  } else {
    const tenant = await options.tenantOfStream(subject.streamId);
    if (tenant === undefined) return { ok: false, error: notFound(`There is no stream “${subject.streamId}”.`) };
    tenantId = tenant;
  }
  const owner = await ownerOf(store, tenantId);
  if (!mayReadHistory(actor, owner)) {
    return {
      ok: false,
      error: forbidden(
        owner.kind === 'partnership'
          ? 'Only the partnership’s own people, its region’s coordinator, the national team and auditors may see its history.'
          : 'Only the national team and auditors may see the platform’s own history.',
      ),
    };
  }
  return { ok: true, owner, tenantId };
}

async function ownerOf(store: EventStore, tenantId: string): Promise<HistoryOwner> {
  const partnership = await readPartnership(store, tenantId);
  return partnership.status === 'registered'
    ? { kind: 'partnership', partnershipId: partnership.partnershipId, region: partnership.region }
    : { kind: 'platform', tenantId };
}
