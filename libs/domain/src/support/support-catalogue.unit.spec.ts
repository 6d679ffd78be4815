import { CURRENT_FRAMEWORK } from '../framework/frameworks';
import { SUPPORT_CATALOGUE, findSupportOffer } from './support-catalogue';

describe('the support catalogue', () => {
  it('gives every offer a unique id', () => {
    const ids = SUPPORT_CATALOGUE.map((offer) => offer.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('links offers only to hallmarks of the current framework', () => {
    const hallmarks = new Set(CURRENT_FRAMEWORK.hallmarks.map((hallmark) => hallmark.id));
    const links = SUPPORT_CATALOGUE.flatMap((offer) => offer.hallmarkIds);
    expect(links.filter((id) => !hallmarks.has(id))).toEqual([]);
  });

  it('offers both universal and place-based support, as the seed describes', () => {
    expect(findSupportOffer('induction-information')).toMatchObject({ scope: 'UNIVERSAL', form: 'information' });
    expect(findSupportOffer('partnership-diagnostic-review')).toMatchObject({
      scope: 'PLACE_BASED',
      form: 'diagnostic',
    });
  });

  it('finds no offer for an unknown id', () => {
    expect(findSupportOffer('free-lunch')).toBeUndefined();
  });
});
