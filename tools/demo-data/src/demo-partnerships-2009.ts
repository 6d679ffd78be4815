import type { DemoPartnership } from './demo-partnership';
import { EAST_MIDLANDS_2009 } from './partnerships-2009/east-midlands';
import { EAST_OF_ENGLAND_2009 } from './partnerships-2009/east-of-england';
import { LONDON_2009 } from './partnerships-2009/london';
import { NORTH_EAST_2009 } from './partnerships-2009/north-east';
import { NORTH_WEST_2009 } from './partnerships-2009/north-west';
import { SOUTH_EAST_2009 } from './partnerships-2009/south-east';
import { SOUTH_WEST_2009 } from './partnerships-2009/south-west';
import { WALES_2009 } from './partnerships-2009/wales';
import { WEST_MIDLANDS_2009 } from './partnerships-2009/west-midlands';
import { YORKSHIRE_AND_THE_HUMBER_2009 } from './partnerships-2009/yorkshire-and-the-humber';

/**
 * The 368 community safety partnerships of spring 2009, when the National Support Framework
 * was launched: 346 CDRPs in England and 22 CSPs in Wales, the figures the Home Office gave
 * Parliament on 17 March 2009 (HC Deb vol 489, written answer 262430). No DAATs: they are a
 * separate kind of partnership and are registered on their own when needed.
 *
 * How England reaches 346. CDRPs sit on local government areas: each district of a shire
 * county, metropolitan borough, London borough, unitary, the City of London and the Isles of
 * Scilly. Before the reorganisation of 1 April 2009 England had 354 such areas (238 shire
 * districts, 36 metropolitan boroughs, 33 in London, 46 unitaries and Scilly), so the areas
 * here are those of 2008–09: Cornwall, Durham, Northumberland, Shropshire, Wiltshire,
 * Bedfordshire and Cheshire still have their districts. Adjoining CDRPs may merge with the
 * Secretary of State's approval; 354 − 346 = 8 partnerships were absorbed by these mergers:
 *   - South Worcestershire: Malvern Hills, Worcester and Wychavon (April 2003)        −2
 *   - Dartford and Gravesham (joint since 2006)                                      −1
 *   - Carlisle and Eden; Hambleton and Richmondshire; Chiltern and South Bucks;
 *     Castle Point and Rochford; South Warwickshire (Stratford-on-Avon and Warwick)  −5
 * The last six are the answer's “six formal mergers since 2005”, which it does not name.
 * South Worcestershire and Dartford and Gravesham are dated by the councils' own pages; the
 * other five pairs are known to have worked as single merged partnerships, but their merger
 * dates were not checked against 2009 records: they are the least certain part of this list.
 *
 * Names follow the areas' councils (“Allerdale CDRP”); many partnerships used local brands
 * (“Safer Croydon Partnership”) that are not reproduced. One file per region.
 */
export const DEMO_PARTNERSHIPS_2009: readonly DemoPartnership[] = [
  ...NORTH_EAST_2009,
  ...NORTH_WEST_2009,
  ...YORKSHIRE_AND_THE_HUMBER_2009,
  ...EAST_MIDLANDS_2009,
  ...WEST_MIDLANDS_2009,
  ...EAST_OF_ENGLAND_2009,
  ...LONDON_2009,
  ...SOUTH_EAST_2009,
  ...SOUTH_WEST_2009,
  ...WALES_2009,
];
