import { verificationOutcome } from './verification-outcome';
import type { StreamVerification } from './verify-history.query';

const intactStream = (streamId: string, eventsChecked: number): StreamVerification => ({
  streamId,
  valid: true,
  eventsChecked,
  firstAlteredEvent: null,
});

describe('the outcome of verifying a history', () => {
  it('is intact when every stream’s chain holds, counting what was checked', () => {
    const outcome = verificationOutcome({
      valid: true,
      streams: [intactStream('partnership-north_west-allerdale-cdrp', 1), intactStream('assessment-x-2009-10', 52)],
    });
    expect(outcome).toEqual({
      intact: true,
      summary:
        'Every hash of 53 events in 2 streams was recomputed from the event store and matches: nothing was altered after it was recorded.',
    });
  });

  it('counts in the singular too', () => {
    const outcome = verificationOutcome({ valid: true, streams: [intactStream('partnership-x', 1)] });
    expect(outcome.summary).toContain('1 event in 1 stream was');
  });

  it('names each altered stream at its first altered event, and why', () => {
    const outcome = verificationOutcome({
      valid: false,
      streams: [
        intactStream('partnership-north_west-allerdale-cdrp', 1),
        {
          streamId: 'assessment-north_west-allerdale-cdrp-2009-10',
          valid: false,
          eventsChecked: 6,
          firstAlteredEvent: {
            eventId: '6db62817-57dc-5865-a57f-b5bce3950b3a',
            revision: 5,
            reason:
              'Its content no longer matches the hash recorded when it was written: it was altered after it was recorded.',
          },
        },
      ],
    });
    expect(outcome).toEqual({
      intact: false,
      summary:
        '1 stream of 2 failed verification. Each was checked up to its first altered event; the events after it cannot be relied on.',
      altered: [
        {
          streamId: 'assessment-north_west-allerdale-cdrp-2009-10',
          problem:
            'Stream assessment-north_west-allerdale-cdrp-2009-10 breaks at revision 5 (event 6db62817-57dc-5865-a57f-b5bce3950b3a): Its content no longer matches the hash recorded when it was written: it was altered after it was recorded.',
        },
      ],
    });
  });

  it('still reports a broken history when the server names no altered stream or event', () => {
    const noEvent = verificationOutcome({
      valid: false,
      streams: [{ streamId: 'support-x', valid: false, eventsChecked: 0, firstAlteredEvent: null }],
    });
    expect(noEvent.intact).toBe(false);
    expect(!noEvent.intact && noEvent.altered[0]?.problem).toBe(
      'Stream support-x does not verify, and the event store named no altered event.',
    );
    const noStream = verificationOutcome({ valid: false, streams: [] });
    expect(!noStream.intact && noStream.altered.map((stream) => stream.problem)).toEqual([
      'The history does not verify, but no stream was named as altered.',
    ]);
  });
});
