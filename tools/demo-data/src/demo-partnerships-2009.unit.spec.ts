import { REGIONS, decideRegisterPartnership, initialPartnershipState, partnershipIdFor } from '@nsf/domain';
import { DEMO_PARTNERSHIPS_2009 } from './demo-partnerships-2009';

const inEngland = DEMO_PARTNERSHIPS_2009.filter((p) => p.region !== 'WALES');
const inWales = DEMO_PARTNERSHIPS_2009.filter((p) => p.region === 'WALES');

/** The 34 shire counties that still had districts in 2008–09. */
const SHIRE_COUNTIES_2008 = [
  'Bedfordshire',
  'Buckinghamshire',
  'Cambridgeshire',
  'Cheshire',
  'Cornwall',
  'County Durham',
  'Cumbria',
  'Derbyshire',
  'Devon',
  'Dorset',
  'East Sussex',
  'Essex',
  'Gloucestershire',
  'Hampshire',
  'Hertfordshire',
  'Kent',
  'Lancashire',
  'Leicestershire',
  'Lincolnshire',
  'Norfolk',
  'North Yorkshire',
  'Northamptonshire',
  'Northumberland',
  'Nottinghamshire',
  'Oxfordshire',
  'Shropshire',
  'Somerset',
  'Staffordshire',
  'Suffolk',
  'Surrey',
  'Warwickshire',
  'West Sussex',
  'Wiltshire',
  'Worcestershire',
];

describe('the partnerships of 2009', () => {
  it('are 368: 346 CDRPs in England and 22 CSPs in Wales, and no DAATs', () => {
    expect(DEMO_PARTNERSHIPS_2009).toHaveLength(368);
    expect(inEngland).toHaveLength(346);
    expect(inEngland.every((p) => p.type === 'CDRP')).toBe(true);
    expect(inWales).toHaveLength(22);
    expect(inWales.every((p) => p.type === 'CSP')).toBe(true);
  });

  it('cover every region of England, in the numbers of 2008–09', () => {
    const perRegion = Object.fromEntries(
      REGIONS.map((region) => [region.code, DEMO_PARTNERSHIPS_2009.filter((p) => p.region === region.code).length]),
    );
    expect(perRegion).toEqual({
      NORTH_EAST: 23,
      NORTH_WEST: 42,
      YORKSHIRE_AND_THE_HUMBER: 20,
      EAST_MIDLANDS: 40,
      WEST_MIDLANDS: 31,
      EAST_OF_ENGLAND: 47,
      LONDON: 33,
      SOUTH_EAST: 65,
      SOUTH_WEST: 45,
      WALES: 22,
    });
  });

  it('have unique names within each region and unique ids overall', () => {
    const names = DEMO_PARTNERSHIPS_2009.map((p) => `${p.region}/${p.name}`);
    expect(new Set(names).size).toBe(names.length);
    const ids = DEMO_PARTNERSHIPS_2009.map((p) => partnershipIdFor(p.region, p.name));
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are named after their area and kind', () => {
    for (const p of DEMO_PARTNERSHIPS_2009) {
      expect(p.name).toMatch(new RegExp(`^[A-Z][A-Za-z' -]+ ${p.type}$`));
    }
  });

  describe('their county', () => {
    it('is set only for districts of the shire counties of 2008–09: 230 English partnerships', () => {
      const withCounty = DEMO_PARTNERSHIPS_2009.filter((p) => p.county !== null);
      expect(withCounty).toHaveLength(230);
      expect(new Set(withCounty.map((p) => p.county))).toEqual(new Set(SHIRE_COUNTIES_2008));
    });

    it('is null for London, Wales, and the metropolitan and unitary areas', () => {
      expect(
        DEMO_PARTNERSHIPS_2009.filter((p) => p.region === 'LONDON' || p.region === 'WALES').map((p) => p.county),
      ).toEqual(Array(55).fill(null));
      // 36 metropolitan boroughs, 46 unitaries and the Isles of Scilly
      expect(inEngland.filter((p) => p.region !== 'LONDON' && p.county === null)).toHaveLength(83);
      for (const name of [
        'Barnsley CDRP',
        'Manchester CDRP',
        'Bristol CDRP',
        'Milton Keynes CDRP',
        'Isles of Scilly CDRP',
      ]) {
        expect(DEMO_PARTNERSHIPS_2009.find((p) => p.name === name)?.county).toBeNull();
      }
    });

    it('names the county of a district, e.g. Allerdale in Cumbria', () => {
      expect(DEMO_PARTNERSHIPS_2009.find((p) => p.name === 'Allerdale CDRP')).toEqual({
        name: 'Allerdale CDRP',
        type: 'CDRP',
        region: 'NORTH_WEST',
        county: 'Cumbria',
      });
    });
  });

  it('include the merged partnerships that bring England from 354 areas to 346 CDRPs', () => {
    const merged = [
      'South Worcestershire CDRP',
      'Dartford and Gravesham CDRP',
      'Carlisle and Eden CDRP',
      'Hambleton and Richmondshire CDRP',
      'Chiltern and South Bucks CDRP',
      'Castle Point and Rochford CDRP',
      'South Warwickshire CDRP',
    ];
    const names = new Set(DEMO_PARTNERSHIPS_2009.map((p) => p.name));
    expect(merged.filter((name) => !names.has(name))).toEqual([]);
    for (const absorbed of ['Worcester CDRP', 'Wychavon CDRP', 'Gravesham CDRP', 'Eden CDRP', 'Warwick CDRP']) {
      expect(names.has(absorbed)).toBe(false);
    }
  });

  it('are each accepted by the RegisterPartnership decider', () => {
    const refused = DEMO_PARTNERSHIPS_2009.map((p) =>
      decideRegisterPartnership(
        { type: 'RegisterPartnership', name: p.name, partnershipType: p.type, region: p.region, county: p.county },
        initialPartnershipState,
      ),
    ).filter((decision) => !decision.ok);
    expect(refused).toEqual([]);
  });
});
