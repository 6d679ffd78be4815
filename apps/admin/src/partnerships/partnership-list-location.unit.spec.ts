import { listSearch, nextPageLink, previousPageLink, readListLocation } from './partnership-list-location';

const at = (search: string, state: unknown = null) => readListLocation(new URLSearchParams(search), state);

describe('the partnerships list location', () => {
  it('reads the filters and cursor from the query string', () => {
    expect(at('?region=WALES&type=CSP&after=abc')).toEqual({
      region: 'WALES',
      type: 'CSP',
      after: 'abc',
      previousPages: [],
    });
  });

  it('ignores a type the API does not have', () => {
    expect(at('?type=LSP').type).toBeNull();
  });

  it('writes filters back without empty parameters', () => {
    expect(listSearch({ region: null, type: null })).toBe('');
    expect(listSearch({ region: 'NORTH_WEST', type: 'DAAT' }, 'c1')).toBe('?region=NORTH_WEST&type=DAAT&after=c1');
  });

  it('remembers where each page started, so Previous can return there', () => {
    const first = at('?region=LONDON');
    const toSecond = nextPageLink(first, 'c25');
    expect(toSecond).toEqual({
      to: { pathname: '/', search: '?region=LONDON&after=c25' },
      state: { previousPages: [null] },
    });

    const second = at('?region=LONDON&after=c25', toSecond.state);
    const toThird = nextPageLink(second, 'c50');
    const third = at('?region=LONDON&after=c50', toThird.state);

    expect(previousPageLink(third)).toEqual({
      to: { pathname: '/', search: '?region=LONDON&after=c25' },
      state: { previousPages: [null] },
    });
    expect(previousPageLink(second)).toEqual({
      to: { pathname: '/', search: '?region=LONDON' },
      state: { previousPages: [] },
    });
    expect(previousPageLink(first)).toBeNull();
  });

  it('goes back to the first page from a shared link that has no trail', () => {
    expect(previousPageLink(at('?after=c75'))).toEqual({
      to: { pathname: '/', search: '' },
      state: { previousPages: [] },
    });
  });
});
