import type { Hallmark } from '../framework';

/**
 * Hallmark 5 of the 2009 edition, Visible & Constructive Accountability, as the seed words
 * it. Its second criterion is about accountability between districts and their county, so it
 * applies only where there are two tiers.
 */
export const ACCOUNTABILITY_2009: Hallmark = {
  id: 'accountability',
  number: 5,
  title: 'Visible & Constructive Accountability',
  description:
    'This is about ensuring that partnerships are visible and accountable for the decisions and actions that they take resulting in local people feeling more engaged with, and confident in, the decision-making processes and with the performance of public sector service providers.',
  criteriaIntroduction:
    'When this hallmark is being implemented effectively partnerships will demonstrate that they are:',
  criteria: [
    {
      id: 'accountability.1',
      hallmarkId: 'accountability',
      number: 1,
      text: 'accountable at each of three levels: to the local public, between partner organisations and to central government.',
      applicability: 'ALL',
    },
    {
      id: 'accountability.2',
      hallmarkId: 'accountability',
      number: 2,
      text: 'ensuring particular clarity of accountability within two-tier authorities between districts and county levels.',
      applicability: 'TWO_TIER_ONLY',
    },
    {
      id: 'accountability.3',
      hallmarkId: 'accountability',
      number: 3,
      text: 'providing an audit trail of how agreements about decisions have been reached.',
      applicability: 'ALL',
    },
    {
      id: 'accountability.4',
      hallmarkId: 'accountability',
      number: 4,
      text: 'working within the local authority overview and scrutiny process to flag up areas for improvement and hold staff to account.',
      applicability: 'ALL',
    },
    {
      id: 'accountability.5',
      hallmarkId: 'accountability',
      number: 5,
      text: 'providing evidence and appropriate action following any crime and disorder Councillor Call for Action or recommendations from crime and disorder overview and scrutiny committees.',
      applicability: 'ALL',
    },
  ],
};
