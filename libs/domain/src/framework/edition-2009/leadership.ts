import type { Hallmark } from '../framework';

/**
 * Hallmark 1 of the 2009 edition, Empowered & Effective Leadership, as the seed words it.
 * Only PDF artefacts are cleaned (bullets, line breaks, doubled spaces); list punctuation
 * (“;”, “; and”) becomes a full stop so each criterion reads on its own.
 */
export const LEADERSHIP_2009: Hallmark = {
  id: 'leadership',
  number: 1,
  title: 'Empowered & Effective Leadership',
  description:
    'The skills and understanding to move beyond leading single organisations to leading partnerships are central to achieving ever increasing gains within the community safety agenda. Leadership in this context also includes leading and championing agendas as well as leading across other partnerships. Effective leadership is not an end in itself however, but a means to delivering improved outcomes on the ground.',
  criteriaIntroduction:
    'When this hallmark is being implemented effectively partnerships will demonstrate that they are:',
  criteria: [
    {
      id: 'leadership.1',
      hallmarkId: 'leadership',
      number: 1,
      text: 'aspirational and ambitious, with a clear, shared vision which reflects and responds to the concerns of local people.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.2',
      hallmarkId: 'leadership',
      number: 2,
      text: 'willing to make difficult choices about resources and priorities.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.3',
      hallmarkId: 'leadership',
      number: 3,
      text: 'able to constructively challenge internally.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.4',
      hallmarkId: 'leadership',
      number: 4,
      text: 'working with flexibility, pace and purpose.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.5',
      hallmarkId: 'leadership',
      number: 5,
      text: 'consistent in their approach and partnership culture.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.6',
      hallmarkId: 'leadership',
      number: 6,
      text: 'holding one another to account. Well-led partnerships should encourage mutual accountability within and joint accountability beyond the partnership.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.7',
      hallmarkId: 'leadership',
      number: 7,
      text: 'applying, and committed to, a mutually developed constitution and rules of engagement. Effectively-led partnerships invest the time and effort necessary to build common understanding and develop a common language between members.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.8',
      hallmarkId: 'leadership',
      number: 8,
      text: 'showing rigorous compliance with Section 17 of the Crime and Disorder Act (1998) in business planning and resource allocation, informed by value-for-money considerations.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.9',
      hallmarkId: 'leadership',
      number: 9,
      text: 'strategically connected to other relevant partnerships – the Local Criminal Justice Board, Local Strategic Partnership and Children’s Trust/Strategic Partnership.',
      applicability: 'ALL',
    },
    {
      id: 'leadership.10',
      hallmarkId: 'leadership',
      number: 10,
      text: 'made up of senior representatives who are capable of making decisions and committing resources to shared objectives.',
      applicability: 'ALL',
    },
  ],
};
