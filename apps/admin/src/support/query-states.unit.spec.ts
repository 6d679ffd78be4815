import { allLoaded } from './query-states';

describe('several queries shown as one', () => {
  it('loads when every one has loaded, with their data in order', () => {
    expect(allLoaded({ status: 'loaded', data: 1 }, { status: 'loaded', data: 'two' })).toEqual({
      status: 'loaded',
      data: [1, 'two'],
    });
  });

  it('fails as soon as one fails, and otherwise is loading while one is', () => {
    const failed = { status: 'failed' as const, errors: [{ message: 'no' }] };
    expect(allLoaded({ status: 'loading' }, failed)).toBe(failed);
    expect(allLoaded({ status: 'loading' }, { status: 'loaded', data: 1 })).toEqual({ status: 'loading' });
  });
});
