import type { Hallmark } from '../framework';

/**
 * Hallmark 3 of the 2009 edition, Engaged Communities, as the seed words it. Its fourth
 * criterion asks for feedback from the Comprehensive Area Assessment, which the seed itself
 * limits to England (“(in England)”): Welsh partnerships are not assessed against it.
 */
export const COMMUNITIES_2009: Hallmark = {
  id: 'communities',
  number: 3,
  title: 'Engaged Communities',
  description:
    'The relationship between partnerships and the local people on whose behalf they are working is vital if the public are to feel confident that the police and partners are dealing effectively with the issues that matter to them the most.',
  criteriaIntroduction: 'When this hallmark is being implemented effectively partnerships will:',
  criteria: [
    {
      id: 'communities.1',
      hallmarkId: 'communities',
      number: 1,
      text: 'have implemented a Partnership Community Engagement Strategy that is owned by all members.',
      applicability: 'ALL',
    },
    {
      id: 'communities.2',
      hallmarkId: 'communities',
      number: 2,
      text: 'be ensuring that inherent within this strategic approach to engagement is an on-going system for engagement.',
      applicability: 'ALL',
    },
    {
      id: 'communities.3',
      hallmarkId: 'communities',
      number: 3,
      text: 'have a comprehensive understanding of the demographic of the area – a full profile of who the communities are and projections of how they may change in the future.',
      applicability: 'ALL',
    },
    {
      id: 'communities.4',
      hallmarkId: 'communities',
      number: 4,
      text: 'be achieving positive feedback from the Comprehensive Area Assessment process (in England), in particular in the area of how well local priorities express the communities’ needs and aspirations, and address inequalities.',
      applicability: 'ENGLAND_ONLY',
    },
    {
      id: 'communities.5',
      hallmarkId: 'communities',
      number: 5,
      text: 'be undertaking joint consultations across agencies.',
      applicability: 'ALL',
    },
    {
      id: 'communities.6',
      hallmarkId: 'communities',
      number: 6,
      text: 'ensure that local people feel informed and empowered, and are signposted to how they can have more influence or engagement.',
      applicability: 'ALL',
    },
    {
      id: 'communities.7',
      hallmarkId: 'communities',
      number: 7,
      text: 'show a clear audit trail, which will enable all communities to fully understand why the partnership has agreed their priorities, and what the intended outcomes from their strategy are.',
      applicability: 'ALL',
    },
    {
      id: 'communities.8',
      hallmarkId: 'communities',
      number: 8,
      text: 'ensure meaningful involvement of the third sector as advocates and activists.',
      applicability: 'ALL',
    },
    {
      id: 'communities.9',
      hallmarkId: 'communities',
      number: 9,
      text: 'ensure that the Councillor Call for Action is used as an open forum and becomes a means to boost public confidence that police and local authorities are acting on crime and anti-social behaviour issues.',
      applicability: 'ALL',
    },
  ],
};
