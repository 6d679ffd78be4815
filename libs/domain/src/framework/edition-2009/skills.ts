import type { Hallmark } from '../framework';

/** Hallmark 6 of the 2009 edition, Appropriate Skills & Knowledge, as the seed words it. */
export const SKILLS_2009: Hallmark = {
  id: 'skills',
  number: 6,
  title: 'Appropriate Skills & Knowledge',
  description:
    'In order to ensure continuous improvement in crime reduction and community safety, partners and staff need to have the appropriate skills and knowledge.',
  criteriaIntroduction: 'When this hallmark is being implemented effectively partnerships will demonstrate that they:',
  criteria: [
    {
      id: 'skills.1',
      hallmarkId: 'skills',
      number: 1,
      text: 'recognise community safety as a credible professional career pathway.',
      applicability: 'ALL',
    },
    {
      id: 'skills.2',
      hallmarkId: 'skills',
      number: 2,
      text: 'ensure that staff have clearly defined roles and responsibilities, and that they are recruited, supported and developed in these roles.',
      applicability: 'ALL',
    },
    {
      id: 'skills.3',
      hallmarkId: 'skills',
      number: 3,
      text: 'deliver value for money. The largest resource cost to most partnerships is staffing. It is therefore essential that community safety staff are equipped and able to perform their duties effectively so that the partnership as a whole receives maximum return on its investment for local people.',
      applicability: 'ALL',
    },
    {
      id: 'skills.4',
      hallmarkId: 'skills',
      number: 4,
      text: 'demonstrate an understanding of the roles and functions of their partner agencies. When this is achieved it should produce more streamlined processes and avoid unnecessary duplication of functions and efforts.',
      applicability: 'ALL',
    },
    {
      id: 'skills.5',
      hallmarkId: 'skills',
      number: 5,
      text: 'are knowledgeable about where to access support or skills for themselves or their partnership.',
      applicability: 'ALL',
    },
    {
      id: 'skills.6',
      hallmarkId: 'skills',
      number: 6,
      text: 'able to identify the requirements of an effective partnership either through self-assessment or third-party assessment.',
      applicability: 'ALL',
    },
  ],
};
