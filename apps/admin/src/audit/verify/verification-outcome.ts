// What a verification of a history found, in the words the result screen uses: either every
// stream's hash chain holds, or these streams were altered, each at its first altered event.
import type { HistoryVerification } from './verify-history.query';

export interface AlteredStream {
  readonly streamId: string;
  /** One sentence: where the chain breaks and why. */
  readonly problem: string;
}

export type VerificationOutcome =
  | { readonly intact: true; readonly summary: string }
  | { readonly intact: false; readonly summary: string; readonly altered: readonly AlteredStream[] };

export function verificationOutcome(verification: HistoryVerification): VerificationOutcome {
  const streams = verification.streams.length;
  const events = verification.streams.reduce((total, stream) => total + stream.eventsChecked, 0);
  if (verification.valid) {
    return {
      intact: true,
      summary: `Every hash of ${plural(events, 'event')} in ${plural(streams, 'stream')} was recomputed from the event store and matches: nothing was altered after it was recorded.`,
    };
  }
  const altered = verification.streams
    .filter((stream) => !stream.valid)
    .map((stream): AlteredStream => {
      const event = stream.firstAlteredEvent;
      return {
        streamId: stream.streamId,
        problem: event
          ? `Stream ${stream.streamId} breaks at revision ${event.revision} (event ${event.eventId}): ${event.reason}`
          : `Stream ${stream.streamId} does not verify, and the event store named no altered event.`,
      };
    });
  return {
    intact: false,
    summary: `${plural(altered.length, 'stream')} of ${streams} failed verification. Each was checked up to its first altered event; the events after it cannot be relied on.`,
    altered:
      altered.length > 0
        ? altered
        : [{ streamId: '', problem: 'The history does not verify, but no stream was named as altered.' }],
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
