import type { Framework } from '../framework';
import { ACCOUNTABILITY_2009 } from './accountability';
import { COMMUNITIES_2009 } from './communities';
import { DELIVERY_2009 } from './delivery';
import { INTELLIGENCE_2009 } from './intelligence';
import { LEADERSHIP_2009 } from './leadership';
import { SCALE_2009 } from './scale';
import { SKILLS_2009 } from './skills';

/**
 * The first edition: the Home Office's National Support Framework for CDRPs and DAATs in
 * England and CSPs in Wales, launched at the National CDRP/CSP Conference in May 2009.
 * Source: shared/seed/national-support-framework.txt.
 */
export const FRAMEWORK_2009_1: Framework = {
  version: '2009.1',
  title: 'The National Support Framework for Partnerships',
  publishedBy: 'Home Office',
  hallmarks: [LEADERSHIP_2009, INTELLIGENCE_2009, COMMUNITIES_2009, DELIVERY_2009, ACCOUNTABILITY_2009, SKILLS_2009],
  scale: SCALE_2009,
};
