import { cdrpsOf } from '../demo-partnership';

/**
 * South West, 2008–09: 45 CDRPs. The Isles of Scilly are a local government area of their own
 * under the Crime and Disorder Act, outside any county. Cornwall and Wiltshire were still
 * two-tier until April 2009.
 */
export const SOUTH_WEST_2009 = cdrpsOf('SOUTH_WEST', {
  singleTier: [
    'Bath and North East Somerset',
    'Bournemouth',
    'Bristol',
    'North Somerset',
    'Plymouth',
    'Poole',
    'South Gloucestershire',
    'Swindon',
    'Torbay',
    'Isles of Scilly',
  ],
  counties: {
    Cornwall: ['Caradon', 'Carrick', 'Kerrier', 'North Cornwall', 'Penwith', 'Restormel'],
    Devon: ['East Devon', 'Exeter', 'Mid Devon', 'North Devon', 'South Hams', 'Teignbridge', 'Torridge', 'West Devon'],
    Dorset: ['Christchurch', 'East Dorset', 'North Dorset', 'Purbeck', 'West Dorset', 'Weymouth and Portland'],
    Gloucestershire: ['Cheltenham', 'Cotswold', 'Forest of Dean', 'Gloucester', 'Stroud', 'Tewkesbury'],
    Somerset: ['Mendip', 'Sedgemoor', 'South Somerset', 'Taunton Deane', 'West Somerset'],
    Wiltshire: ['Kennet', 'North Wiltshire', 'Salisbury', 'West Wiltshire'],
  },
});
