import type { Hallmark } from '../framework';

/**
 * Hallmark 4 of the 2009 edition, Effective & Responsive Delivery Structures, as the seed
 * words it. The first criterion mentions two-tier authorities but applies to everyone: its
 * subject is a delivery structure that fits the local area, and the two-tier sentence only
 * adds what that means where a county sits above the districts. Limiting it to two-tier areas
 * would leave unitary and Welsh partnerships with no criterion on their structure at all.
 * (“the changing needs to communities” in the description is the seed's wording, kept.)
 */
export const DELIVERY_2009: Hallmark = {
  id: 'delivery',
  number: 4,
  title: 'Effective & Responsive Delivery Structures',
  description:
    'Relationships are key to effective partnership working. However, these must be underpinned by delivery structures appropriate to local circumstances. These structures need to ensure that the partnership can deliver its strategic plan efficiently whilst being responsive to the changing needs to communities.',
  criteriaIntroduction:
    'When this hallmark is being implemented effectively partnerships will demonstrate that they are:',
  criteria: [
    {
      id: 'delivery.1',
      hallmarkId: 'delivery',
      number: 1,
      text: 'working within a delivery structure that reflects the needs of the local area. Within two-tier authorities this must reflect the strategic County Community Safety arrangements as well as those at the appropriate local level. This may include consideration being given to merging, or collaboration between partnerships to form appropriate local delivery arrangements.',
      applicability: 'ALL',
    },
    {
      id: 'delivery.2',
      hallmarkId: 'delivery',
      number: 2,
      text: 'ensuring an appropriate level of representation. In order to retain its strategic focus the partnership should have representation from the most senior executives from the responsible authorities and elected members. Beyond this, in delivery groups it is important that there are clear lines of accountability and delegation to ensure that groups have the authority to make decisions appropriate to the task in hand.',
      applicability: 'ALL',
    },
    {
      id: 'delivery.3',
      hallmarkId: 'delivery',
      number: 3,
      text: 'adhering to a clear escalation process to unblock problems that cannot be resolved at the delivery level.',
      applicability: 'ALL',
    },
    {
      id: 'delivery.4',
      hallmarkId: 'delivery',
      number: 4,
      text: 'making effective and efficient use of partnership resources by removing duplication of roles and functions, placing the resources where they will have the greatest impact, and facilitating the use of resources at a neighbourhood level.',
      applicability: 'ALL',
    },
    {
      id: 'delivery.5',
      hallmarkId: 'delivery',
      number: 5,
      text: 'demonstrating connectivity with other partnerships. The partnership should be able to articulate clearly where and how it communicates and works with other partnerships at both strategic and operational level. It should be able to demonstrate how agendas are jointly met yet duplication is avoided.',
      applicability: 'ALL',
    },
    {
      id: 'delivery.6',
      hallmarkId: 'delivery',
      number: 6,
      text: 'ensuring that the focus remains on delivery of outcomes and not structure. The structure should be a means of supporting delivery and not an end in itself.',
      applicability: 'ALL',
    },
    {
      id: 'delivery.7',
      hallmarkId: 'delivery',
      number: 7,
      text: 'showing evidence of structures flexing and changing to accommodate new/emerging priorities.',
      applicability: 'ALL',
    },
  ],
};
