import { typedError } from '@nsf/api-core';

/** The history an audit read asks for: one partnership's (all its streams) or one stream's. */
export type HistorySubject = { readonly partnershipId: string } | { readonly streamId: string };

/** Exactly one of the two arguments names the history; anything else is the caller's mistake. */
export function historySubject(
  partnershipId: string | null | undefined,
  streamId: string | null | undefined,
): HistorySubject {
  const partnership = partnershipId?.trim() ?? '';
  const stream = streamId?.trim() ?? '';
  if ((partnership === '') === (stream === '')) {
    throw typedError(
      'BAD_USER_INPUT',
      'Name either a partnership or a stream, not both and not neither.',
      partnership === '' ? 'partnershipId' : 'streamId',
    );
  }
  return partnership !== '' ? { partnershipId: partnership } : { streamId: stream };
}

export function describeSubject(subject: HistorySubject): { partnershipId: string | null; streamId: string | null } {
  return 'partnershipId' in subject
    ? { partnershipId: subject.partnershipId, streamId: null }
    : { partnershipId: null, streamId: subject.streamId };
}
