import { cdrpsOf } from '../demo-partnership';

/** East Midlands, 2008–09: 40 CDRPs, one for each unitary and district. */
export const EAST_MIDLANDS_2009 = cdrpsOf('EAST_MIDLANDS', {
  singleTier: ['Derby', 'Leicester', 'Nottingham', 'Rutland'],
  counties: {
    Derbyshire: [
      'Amber Valley',
      'Bolsover',
      'Chesterfield',
      'Derbyshire Dales',
      'Erewash',
      'High Peak',
      'North East Derbyshire',
      'South Derbyshire',
    ],
    Leicestershire: [
      'Blaby',
      'Charnwood',
      'Harborough',
      'Hinckley and Bosworth',
      'Melton',
      'North West Leicestershire',
      'Oadby and Wigston',
    ],
    Lincolnshire: [
      'Boston',
      'East Lindsey',
      'Lincoln',
      'North Kesteven',
      'South Holland',
      'South Kesteven',
      'West Lindsey',
    ],
    Northamptonshire: [
      'Corby',
      'Daventry',
      'East Northamptonshire',
      'Kettering',
      'Northampton',
      'South Northamptonshire',
      'Wellingborough',
    ],
    Nottinghamshire: ['Ashfield', 'Bassetlaw', 'Broxtowe', 'Gedling', 'Mansfield', 'Newark and Sherwood', 'Rushcliffe'],
  },
});
