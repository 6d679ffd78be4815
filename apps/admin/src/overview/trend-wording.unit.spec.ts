import { trendWording } from './trend-wording';

describe('the words for a trend', () => {
  it('says which way a hallmark moved since the last validated assessment', () => {
    expect(trendWording('UP')).toEqual({ arrow: '↑', words: 'up since last validated assessment' });
    expect(trendWording('DOWN')).toEqual({ arrow: '↓', words: 'down since last validated assessment' });
    expect(trendWording('SAME')).toEqual({ arrow: '→', words: 'same as last validated assessment' });
  });

  it('says when there is nothing to compare with', () => {
    expect(trendWording('NEW')?.words).toBe('first validated assessment');
    expect(trendWording(null)).toBeNull();
  });
});
