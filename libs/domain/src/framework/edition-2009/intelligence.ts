import type { Hallmark } from '../framework';

/**
 * Hallmark 2 of the 2009 edition, Intelligence-led Business Processes, as the seed words it.
 * The seed gives this hallmark no description. Two misspellings in the source are corrected
 * (“landsape” → “landscape”, “devlop” → “develop”); nothing else in the wording changes.
 */
export const INTELLIGENCE_2009: Hallmark = {
  id: 'intelligence',
  number: 2,
  title: 'Intelligence-led Business Processes',
  description: null,
  criteriaIntroduction: 'When this hallmark is being implemented effectively partnerships will demonstrate that they:',
  criteria: [
    {
      id: 'intelligence.1',
      hallmarkId: 'intelligence',
      number: 1,
      text: 'have robust analysis of their local crime and disorder landscape, and are applying tailored evidence-based interventions based on a sound knowledge of ‘what works’, leading to improved performance.',
      applicability: 'ALL',
    },
    {
      id: 'intelligence.2',
      hallmarkId: 'intelligence',
      number: 2,
      text: 'are working across all partners to make best use of available information under robust information-sharing protocols, and developing a shared understanding of the nature and extent of crime and disorder in the area.',
      applicability: 'ALL',
    },
    {
      id: 'intelligence.3',
      hallmarkId: 'intelligence',
      number: 3,
      text: 'use this data to develop longer-term strategies to address the causes of crime as well as links to joint working with, and influence on, the strategies of other partnerships.',
      applicability: 'ALL',
    },
    {
      id: 'intelligence.4',
      hallmarkId: 'intelligence',
      number: 4,
      text: 'are working to clearly defined and commonly agreed key indicators for performance and risk management.',
      applicability: 'ALL',
    },
    {
      id: 'intelligence.5',
      hallmarkId: 'intelligence',
      number: 5,
      text: 'both use and feed into the analysis conducted by other local partnerships such as the Children’s Strategic Assessment, Health and Social Care Assessment and the Sustainable Communities Strategy.',
      applicability: 'ALL',
    },
    {
      id: 'intelligence.6',
      hallmarkId: 'intelligence',
      number: 6,
      text: 'are using collective, evidence based commissioning across agencies to provide both streamlined services and value for money.',
      applicability: 'ALL',
    },
  ],
};
