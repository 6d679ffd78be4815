import { cdrpsOf } from '../demo-partnership';

/**
 * South East, 2008–09: 65 CDRPs for 67 authorities, Chiltern and South Bucks, and Dartford
 * and Gravesham (joint since 2006), having merged.
 */
export const SOUTH_EAST_2009 = cdrpsOf('SOUTH_EAST', {
  singleTier: [
    // Berkshire (six unitaries, no county council)
    'Bracknell Forest',
    'Reading',
    'Slough',
    'West Berkshire',
    'Windsor and Maidenhead',
    'Wokingham',
    // other unitaries
    'Brighton and Hove',
    'Isle of Wight',
    'Medway',
    'Milton Keynes',
    'Portsmouth',
    'Southampton',
  ],
  counties: {
    Buckinghamshire: ['Aylesbury Vale', 'Chiltern and South Bucks', 'Wycombe'],
    'East Sussex': ['Eastbourne', 'Hastings', 'Lewes', 'Rother', 'Wealden'],
    Hampshire: [
      'Basingstoke and Deane',
      'East Hampshire',
      'Eastleigh',
      'Fareham',
      'Gosport',
      'Hart',
      'Havant',
      'New Forest',
      'Rushmoor',
      'Test Valley',
      'Winchester',
    ],
    Kent: [
      'Ashford',
      'Canterbury',
      'Dartford and Gravesham',
      'Dover',
      'Maidstone',
      'Sevenoaks',
      'Shepway',
      'Swale',
      'Thanet',
      'Tonbridge and Malling',
      'Tunbridge Wells',
    ],
    Oxfordshire: ['Cherwell', 'Oxford', 'South Oxfordshire', 'Vale of White Horse', 'West Oxfordshire'],
    Surrey: [
      'Elmbridge',
      'Epsom and Ewell',
      'Guildford',
      'Mole Valley',
      'Reigate and Banstead',
      'Runnymede',
      'Spelthorne',
      'Surrey Heath',
      'Tandridge',
      'Waverley',
      'Woking',
    ],
    'West Sussex': ['Adur', 'Arun', 'Chichester', 'Crawley', 'Horsham', 'Mid Sussex', 'Worthing'],
  },
});
