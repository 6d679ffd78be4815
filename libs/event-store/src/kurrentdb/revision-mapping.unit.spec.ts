import { ANY, NO_STREAM, STREAM_EXISTS } from '@kurrent/kurrentdb-client';
import {
  bigIntToRevision,
  fromAppendStreamState,
  fromCurrentStreamState,
  headStreamState,
  toAppendStreamState,
} from './revision-mapping';

describe('revision mapping', () => {
  describe("from the port's expected revision to the client's stream state", () => {
    it.each([
      ['no_stream', NO_STREAM],
      ['stream_exists', STREAM_EXISTS],
      ['any', ANY],
      [0, 0n],
      [41, 41n],
    ] as const)('%s → %s', (expected, state) => {
      expect(toAppendStreamState(expected)).toBe(state);
    });

    it.each([-1, 1.5, Number.MAX_SAFE_INTEGER + 1])('refuses %s as a revision', (revision) => {
      expect(() => toAppendStreamState(revision)).toThrow(RangeError);
    });
  });

  describe("from the client's stream state back to the port's", () => {
    it.each([
      [NO_STREAM, 'no_stream'],
      [STREAM_EXISTS, 'stream_exists'],
      [ANY, 'any'],
      [7n, 7],
    ] as const)('%s → %s', (state, expected) => {
      expect(fromAppendStreamState(state)).toBe(expected);
    });

    it('round-trips every kind of expectation', () => {
      for (const expected of ['no_stream', 'stream_exists', 'any', 0, 12] as const) {
        expect(fromAppendStreamState(toAppendStreamState(expected))).toBe(expected);
      }
    });
  });

  describe('actual (current) revision reported by the server', () => {
    it('maps no_stream and revisions', () => {
      expect(fromCurrentStreamState(NO_STREAM)).toBe('no_stream');
      expect(fromCurrentStreamState(3n)).toBe(3);
    });

    it('treats the negative sentinels of deleted or absent streams as no stream', () => {
      expect(fromCurrentStreamState(-1n)).toBe('no_stream');
      expect(fromCurrentStreamState(-5n)).toBe('no_stream');
    });

    it('refuses a revision a JavaScript number cannot hold exactly', () => {
      expect(() => bigIntToRevision(2n ** 53n)).toThrow(RangeError);
    });
  });

  describe('the state an append is sent with', () => {
    it("is the head's exact revision, or NO_STREAM — never ANY or STREAM_EXISTS", () => {
      expect(headStreamState('no_stream')).toBe(NO_STREAM);
      expect(headStreamState(0)).toBe(0n);
      expect(headStreamState(9)).toBe(9n);
    });
  });
});
