import { cdrpsOf } from '../demo-partnership';

/**
 * West Midlands, 2008–09: 31 CDRPs for 34 authorities. South Worcestershire (Malvern Hills,
 * Worcester and Wychavon, merged April 2003) and South Warwickshire (Stratford-on-Avon and
 * Warwick) each cover more than one district. Shropshire was still two-tier until April 2009.
 */
export const WEST_MIDLANDS_2009 = cdrpsOf('WEST_MIDLANDS', {
  singleTier: [
    // West Midlands (metropolitan)
    'Birmingham',
    'Coventry',
    'Dudley',
    'Sandwell',
    'Solihull',
    'Walsall',
    'Wolverhampton',
    // unitaries
    'Herefordshire',
    'Stoke-on-Trent',
    'Telford and Wrekin',
  ],
  counties: {
    Shropshire: ['Bridgnorth', 'North Shropshire', 'Oswestry', 'Shrewsbury and Atcham', 'South Shropshire'],
    Staffordshire: [
      'Cannock Chase',
      'East Staffordshire',
      'Lichfield',
      'Newcastle-under-Lyme',
      'South Staffordshire',
      'Stafford',
      'Staffordshire Moorlands',
      'Tamworth',
    ],
    Warwickshire: ['North Warwickshire', 'Nuneaton and Bedworth', 'Rugby', 'South Warwickshire'],
    Worcestershire: ['Bromsgrove', 'Redditch', 'South Worcestershire', 'Wyre Forest'],
  },
});
