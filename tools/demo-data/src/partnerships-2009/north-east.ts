import { cdrpsOf } from '../demo-partnership';

/** North East, 2008–09: 23 CDRPs (Durham and Northumberland still two-tier until April 2009). */
export const NORTH_EAST_2009 = cdrpsOf('NORTH_EAST', {
  singleTier: [
    // Tyne and Wear (metropolitan)
    'Gateshead',
    'Newcastle upon Tyne',
    'North Tyneside',
    'South Tyneside',
    'Sunderland',
    // unitaries
    'Darlington',
    'Hartlepool',
    'Middlesbrough',
    'Redcar and Cleveland',
    'Stockton-on-Tees',
  ],
  counties: {
    'County Durham': [
      'Chester-le-Street',
      'Derwentside',
      'Durham City',
      'Easington',
      'Sedgefield',
      'Teesdale',
      'Wear Valley',
    ],
    Northumberland: ['Alnwick', 'Berwick-upon-Tweed', 'Blyth Valley', 'Castle Morpeth', 'Tynedale', 'Wansbeck'],
  },
});
