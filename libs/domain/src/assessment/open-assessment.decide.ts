import { criteriaApplicableTo, type PartnershipSetting } from '../framework/criteria';
import { findFramework } from '../framework/frameworks';
import { accept, conflict, invalid, reject, type Decision } from '../shared/domain-error';
import type { AssessmentEvent, AssessmentState } from './assessment';
import { assessmentIdFor, isPeriod } from './assessment-id';

export interface OpenAssessment {
  readonly type: 'OpenAssessment';
  readonly partnershipId: string;
  readonly period: string;
  readonly frameworkVersion: string;
  /** Where the partnership sits, which decides the criteria it is assessed against. */
  readonly setting: PartnershipSetting;
}

/**
 * Opening a partnership's assessment for a period, against a framework edition: the criteria
 * that apply to the partnership are fixed here, so every later rule reads them from the stream.
 */
export function decideOpenAssessment(command: OpenAssessment, state: AssessmentState): Decision<AssessmentEvent> {
  if (!isPeriod(command.period)) {
    return reject(invalid('Enter the period as a financial year, for example 2009-10', 'period'));
  }
  const framework = findFramework(command.frameworkVersion);
  if (!framework) {
    return reject(invalid(`There is no framework version “${command.frameworkVersion}”`, 'frameworkVersion'));
  }
  if (state.status !== 'not_opened') {
    return reject(conflict(`The ${state.period} assessment is already ${state.status}: there is one per period`));
  }
  return accept({
    type: 'AssessmentOpened',
    schemaVersion: 1,
    data: {
      assessmentId: assessmentIdFor(command.partnershipId, command.period),
      partnershipId: command.partnershipId,
      period: command.period,
      frameworkVersion: framework.version,
      applicableCriteria: criteriaApplicableTo(command.setting, framework).map((criterion) => criterion.id),
    },
  });
}
