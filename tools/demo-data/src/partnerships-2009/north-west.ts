import { cdrpsOf } from '../demo-partnership';

/**
 * North West, 2008–09: 42 CDRPs for 43 authorities, Carlisle and Eden having merged.
 * Cheshire was still two-tier until April 2009.
 */
export const NORTH_WEST_2009 = cdrpsOf('NORTH_WEST', {
  singleTier: [
    // Greater Manchester (metropolitan)
    'Bolton',
    'Bury',
    'Manchester',
    'Oldham',
    'Rochdale',
    'Salford',
    'Stockport',
    'Tameside',
    'Trafford',
    'Wigan',
    // Merseyside (metropolitan)
    'Knowsley',
    'Liverpool',
    'Sefton',
    'St Helens',
    'Wirral',
    // unitaries
    'Blackburn with Darwen',
    'Blackpool',
    'Halton',
    'Warrington',
  ],
  counties: {
    Cheshire: ['Chester', 'Congleton', 'Crewe and Nantwich', 'Ellesmere Port and Neston', 'Macclesfield', 'Vale Royal'],
    Cumbria: ['Allerdale', 'Barrow-in-Furness', 'Carlisle and Eden', 'Copeland', 'South Lakeland'],
    Lancashire: [
      'Burnley',
      'Chorley',
      'Fylde',
      'Hyndburn',
      'Lancaster',
      'Pendle',
      'Preston',
      'Ribble Valley',
      'Rossendale',
      'South Ribble',
      'West Lancashire',
      'Wyre',
    ],
  },
});
