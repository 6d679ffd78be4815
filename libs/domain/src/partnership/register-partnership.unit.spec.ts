import { deciderSpecification } from '../testing/decider-specification';
import { evolvePartnership, initialPartnershipState, type PartnershipEvent } from './partnership';
import { decideRegisterPartnership, type RegisterPartnership } from './register-partnership.decide';

const spec = deciderSpecification({
  decide: decideRegisterPartnership,
  evolve: evolvePartnership,
  initialState: initialPartnershipState,
});

const register = (overrides: Partial<RegisterPartnership> = {}): RegisterPartnership => ({
  type: 'RegisterPartnership',
  name: 'Allerdale CDRP',
  partnershipType: 'CDRP',
  region: 'NORTH_WEST',
  county: 'Cumbria',
  ...overrides,
});

const allerdaleRegistered: PartnershipEvent = {
  type: 'PartnershipRegistered',
  schemaVersion: 1,
  data: {
    partnershipId: 'north_west-allerdale-cdrp',
    name: 'Allerdale CDRP',
    type: 'CDRP',
    region: 'NORTH_WEST',
    county: 'Cumbria',
  },
};

describe('registering a partnership', () => {
  describe('when the partnership is not registered', () => {
    it('registers a CDRP in a two-tier English district with its county', () => {
      spec.given([]).when(register()).then([allerdaleRegistered]);
    });

    it('registers a DAAT in England without a county', () => {
      spec
        .given([])
        .when(register({ name: 'Lancashire DAAT', partnershipType: 'DAAT', county: null }))
        .then([
          {
            type: 'PartnershipRegistered',
            schemaVersion: 1,
            data: {
              partnershipId: 'north_west-lancashire-daat',
              name: 'Lancashire DAAT',
              type: 'DAAT',
              region: 'NORTH_WEST',
              county: null,
            },
          },
        ]);
    });

    it('registers a CSP in Wales', () => {
      spec
        .given([])
        .when(register({ name: 'Cardiff CSP', partnershipType: 'CSP', region: 'WALES', county: null }))
        .then([
          {
            type: 'PartnershipRegistered',
            schemaVersion: 1,
            data: {
              partnershipId: 'wales-cardiff-csp',
              name: 'Cardiff CSP',
              type: 'CSP',
              region: 'WALES',
              county: null,
            },
          },
        ]);
    });

    it('tidies white space in the name and treats a blank county as none', () => {
      spec
        .given([])
        .when(register({ name: '  Allerdale   CDRP ', county: '  ' }))
        .then([{ ...allerdaleRegistered, data: { ...allerdaleRegistered.data, county: null } }]);
    });

    it.each([
      ['an empty name', { name: '  ' }, 'name'],
      ['a name over 120 characters', { name: 'x'.repeat(121) }, 'name'],
      ['an unknown region', { region: 'ATLANTIS' }, 'region'],
      ['an unknown type', { partnershipType: 'LSP' }, 'type'],
      ['a CSP in England', { partnershipType: 'CSP' }, 'type'],
      ['a CDRP in Wales', { region: 'WALES', county: null }, 'type'],
      ['a DAAT in Wales', { partnershipType: 'DAAT', region: 'WALES', county: null }, 'type'],
      ['a county in Wales', { partnershipType: 'CSP', region: 'WALES', county: 'Gwent' }, 'county'],
    ])('rejects %s as invalid input on that field', (_case, overrides, field) => {
      spec.given([]).when(register(overrides)).thenRejects({ kind: 'invalid', field });
    });
  });

  describe('when the partnership is already registered', () => {
    it('refuses to register it again as a conflict', () => {
      spec.given([allerdaleRegistered]).when(register()).thenRejects({ kind: 'conflict' });
    });

    it('still reports bad input before the conflict', () => {
      spec
        .given([allerdaleRegistered])
        .when(register({ partnershipType: 'CSP' }))
        .thenRejects({ kind: 'invalid' });
    });
  });
});
