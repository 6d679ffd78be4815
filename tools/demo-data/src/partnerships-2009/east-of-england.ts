import { cdrpsOf } from '../demo-partnership';

/**
 * East of England, 2008–09: 47 CDRPs for 48 authorities, Castle Point and Rochford having
 * merged. Bedfordshire was still two-tier until April 2009.
 */
export const EAST_OF_ENGLAND_2009 = cdrpsOf('EAST_OF_ENGLAND', {
  singleTier: ['Luton', 'Peterborough', 'Southend-on-Sea', 'Thurrock'],
  counties: {
    Bedfordshire: ['Bedford', 'Mid Bedfordshire', 'South Bedfordshire'],
    Cambridgeshire: ['Cambridge', 'East Cambridgeshire', 'Fenland', 'Huntingdonshire', 'South Cambridgeshire'],
    Essex: [
      'Basildon',
      'Braintree',
      'Brentwood',
      'Castle Point and Rochford',
      'Chelmsford',
      'Colchester',
      'Epping Forest',
      'Harlow',
      'Maldon',
      'Tendring',
      'Uttlesford',
    ],
    Hertfordshire: [
      'Broxbourne',
      'Dacorum',
      'East Hertfordshire',
      'Hertsmere',
      'North Hertfordshire',
      'St Albans',
      'Stevenage',
      'Three Rivers',
      'Watford',
      'Welwyn Hatfield',
    ],
    Norfolk: [
      'Breckland',
      'Broadland',
      'Great Yarmouth',
      "King's Lynn and West Norfolk",
      'North Norfolk',
      'Norwich',
      'South Norfolk',
    ],
    Suffolk: ['Babergh', 'Forest Heath', 'Ipswich', 'Mid Suffolk', 'St Edmundsbury', 'Suffolk Coastal', 'Waveney'],
  },
});
