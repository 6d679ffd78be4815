import type { DemoPartnership } from '../demo-partnership';

/** Wales: 22 CSPs, one for each principal council (all unitary since 1996, so no county). */
const PRINCIPAL_COUNCILS = [
  'Blaenau Gwent',
  'Bridgend',
  'Caerphilly',
  'Cardiff',
  'Carmarthenshire',
  'Ceredigion',
  'Conwy',
  'Denbighshire',
  'Flintshire',
  'Gwynedd',
  'Isle of Anglesey',
  'Merthyr Tydfil',
  'Monmouthshire',
  'Neath Port Talbot',
  'Newport',
  'Pembrokeshire',
  'Powys',
  'Rhondda Cynon Taf',
  'Swansea',
  'Torfaen',
  'Vale of Glamorgan',
  'Wrexham',
] as const;

export const WALES_2009: DemoPartnership[] = PRINCIPAL_COUNCILS.map((council) => ({
  name: `${council} CSP`,
  type: 'CSP',
  region: 'WALES',
  county: null,
}));
