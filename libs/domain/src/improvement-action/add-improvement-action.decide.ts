import { partnershipIdOfAssessment } from '../assessment/assessment-id';
import type { AssessmentState } from '../assessment/assessment';
import { findCriterion, isApplicable, type PartnershipSetting } from '../framework/criteria';
import type { Criterion, CriterionApplicability, Framework } from '../framework/framework';
import { CURRENT_FRAMEWORK, findFramework } from '../framework/frameworks';
import { accept, conflict, invalid, reject, type Decision } from '../shared/domain-error';
import type { ImprovementActionEvent, ImprovementActionState } from './improvement-action';
import { checkDescription, checkDueOn, checkOwner, type Checked } from './improvement-action-fields';

export interface AddImprovementAction {
  readonly type: 'AddImprovementAction';
  readonly actionId: string;
  readonly partnershipId: string;
  /** Where the partnership sits, which decides the criteria an action may address. */
  readonly setting: PartnershipSetting;
  readonly criterionId: string;
  readonly assessmentId: string | null;
  /**
   * The assessment `assessmentId` names, as its stream tells it. The handler reads it only when
   * the id names this partnership, and passes the initial state otherwise.
   */
  readonly assessment: AssessmentState;
  readonly description: string;
  readonly owner: string;
  readonly dueOn: string;
}

const APPLIES_ONLY_TO: Record<Exclude<CriterionApplicability, 'ALL'>, string> = {
  ENGLAND_ONLY: 'partnerships in England',
  TWO_TIER_ONLY: 'districts of two-tier areas',
};

/**
 * A partnership commits to an action on a weakness: a criterion of the framework that applies
 * to it, and, when the weakness came out of a validated assessment, that assessment (then the
 * criterion must be one it was assessed on, in that assessment's edition).
 */
export function decideAddImprovementAction(
  command: AddImprovementAction,
  state: ImprovementActionState,
): Decision<ImprovementActionEvent> {
  if (state.status !== 'none') return reject(conflict('This improvement action has already been added'));
  const framework = frameworkOf(command);
  if (!framework.ok) return reject(framework.error);
  const criterion = criterionFor(command, framework.value);
  if (!criterion.ok) return reject(criterion.error);
  const description = checkDescription(command.description);
  if (!description.ok) return reject(description.error);
  const owner = checkOwner(command.owner);
  if (!owner.ok) return reject(owner.error);
  const dueOn = checkDueOn(command.dueOn);
  if (!dueOn.ok) return reject(dueOn.error);
  return accept({
    type: 'ImprovementActionAdded',
    schemaVersion: 1,
    data: {
      actionId: command.actionId,
      partnershipId: command.partnershipId,
      frameworkVersion: framework.value.version,
      hallmarkId: criterion.value.hallmarkId,
      criterionId: criterion.value.id,
      assessmentId: command.assessmentId,
      description: description.value,
      owner: owner.value,
      dueOn: dueOn.value,
    },
  });
}

/** The cited assessment's edition, once the assessment is known to be the partnership's and validated. */
function frameworkOf(command: AddImprovementAction): Checked<Framework> {
  const { assessmentId, assessment } = command;
  if (assessmentId === null) return { ok: true, value: CURRENT_FRAMEWORK };
  const refuse = (message: string): Checked<Framework> => ({ ok: false, error: invalid(message, 'assessmentId') });
  if (partnershipIdOfAssessment(assessmentId) !== command.partnershipId) {
    return refuse(`“${assessmentId}” is not an assessment of this partnership`);
  }
  if (assessment.status === 'not_opened') return refuse(`There is no assessment “${assessmentId}”`);
  if (assessment.status !== 'validated') {
    return refuse(
      `The ${assessment.period} assessment is ${assessment.status}: an action can only cite a validated assessment`,
    );
  }
  const framework = findFramework(assessment.frameworkVersion);
  return framework
    ? { ok: true, value: framework }
    : refuse(`The ${assessment.period} assessment names an unknown framework version`);
}

function criterionFor(command: AddImprovementAction, framework: Framework): Checked<Criterion> {
  const { criterionId, assessmentId, assessment } = command;
  const refuse = (message: string): Checked<Criterion> => ({ ok: false, error: invalid(message, 'criterionId') });
  const criterion = findCriterion(criterionId, framework);
  if (!criterion) return refuse(`There is no criterion “${criterionId}” in the framework`);
  if (criterion.applicability !== 'ALL' && !isApplicable(criterion.applicability, command.setting)) {
    return refuse(
      `Criterion ${criterionId} applies only to ${APPLIES_ONLY_TO[criterion.applicability]}, so not to this partnership`,
    );
  }
  if (
    assessmentId !== null &&
    assessment.status !== 'not_opened' &&
    !assessment.applicableCriteria.includes(criterionId)
  ) {
    return refuse(`Criterion ${criterionId} was not assessed in the ${assessment.period} assessment`);
  }
  return { ok: true, value: criterion };
}
