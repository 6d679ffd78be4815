import { hallmarksWording, offerDescription, offerTitle, type SupportOffer } from './support-offers';

const HALLMARKS = [
  { id: 'leadership', number: 1, title: 'Empowered & Effective Leadership' },
  { id: 'intelligence', number: 2, title: 'Intelligence-led Business Processes' },
  { id: 'skills', number: 6, title: 'Appropriate Skills & Knowledge' },
];

const TRAINING: SupportOffer = {
  id: 'problem-solving-training',
  title: 'Problem-solving training for partnership analysts',
  scope: 'PLACE_BASED',
  form: 'TRAINING',
  provider: 'HOME_OFFICE',
  hallmarkIds: ['intelligence', 'skills'],
};

describe('how a support offer is described', () => {
  it('says its scope, provider, form and the hallmarks it serves', () => {
    expect(offerDescription(TRAINING, HALLMARKS)).toBe(
      'Place-based support from the Home Office (training). Serves Intelligence-led Business Processes and Appropriate Skills & Knowledge.',
    );
  });

  it('serves partnership working as a whole when it names no hallmark', () => {
    expect(hallmarksWording({ ...TRAINING, hallmarkIds: [] }, HALLMARKS)).toBe('partnership working as a whole');
    expect(hallmarksWording({ ...TRAINING, hallmarkIds: ['leadership', 'intelligence', 'skills'] }, HALLMARKS)).toBe(
      'Empowered & Effective Leadership, Intelligence-led Business Processes and Appropriate Skills & Knowledge',
    );
  });

  it('is named by its id when the catalogue does not list it', () => {
    expect(offerTitle([TRAINING], 'problem-solving-training')).toBe(TRAINING.title);
    expect(offerTitle([TRAINING], 'retired-offer')).toBe('retired-offer');
  });
});
