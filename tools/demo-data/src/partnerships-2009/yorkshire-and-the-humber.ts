import { cdrpsOf } from '../demo-partnership';

/** Yorkshire and the Humber, 2008–09: 20 CDRPs for 21 authorities, Hambleton and Richmondshire having merged. */
export const YORKSHIRE_AND_THE_HUMBER_2009 = cdrpsOf('YORKSHIRE_AND_THE_HUMBER', {
  singleTier: [
    // South Yorkshire (metropolitan)
    'Barnsley',
    'Doncaster',
    'Rotherham',
    'Sheffield',
    // West Yorkshire (metropolitan)
    'Bradford',
    'Calderdale',
    'Kirklees',
    'Leeds',
    'Wakefield',
    // unitaries
    'East Riding of Yorkshire',
    'Kingston upon Hull',
    'North East Lincolnshire',
    'North Lincolnshire',
    'York',
  ],
  counties: {
    'North Yorkshire': ['Craven', 'Hambleton and Richmondshire', 'Harrogate', 'Ryedale', 'Scarborough', 'Selby'],
  },
});
