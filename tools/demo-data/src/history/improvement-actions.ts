import {
  evolveAssessment,
  findCriterion,
  improvementActionDecider,
  improvementActionIdFor,
  improvementActionStreamId,
  initialAssessmentState,
  mayManageImprovementActions,
  type AssessmentEvent,
  type ImprovementActionCommand,
  type ImprovementActionEvent,
  type ImprovementActionState,
} from '@nsf/domain';
import type { AssessmentCycle, DemoPartnershipFacts } from './assessment-cycle';
import type { DemoCast } from './demo-cast';
import { addDays, calendarDate, DEMO_HORIZON, workingTimeAfter } from './demo-calendar';
import type { RandomSource } from './random-source';
import { demoCommandId, StreamRecorder, type DeriveId, type GeneratedStream } from './stream-recorder';

/**
 * What a partnership does about its weakest criterion once an assessment is validated: its lead
 * adds an improvement action citing the assessment, starts it some weeks later, and most are
 * completed before they fall due; some get blocked on the way. Nothing happens on or after the
 * demo's today, so recent actions are still open.
 */
const WEAK_AT_OR_BELOW = 2;

export function improvementActions(options: {
  readonly partnership: DemoPartnershipFacts;
  readonly period: string;
  readonly cycle: AssessmentCycle;
  readonly cast: DemoCast;
  readonly random: RandomSource;
  readonly idFor: DeriveId;
}): GeneratedStream[] {
  const { partnership, cycle, cast, random, idFor } = options;
  if (!cycle.validation) return [];
  const weakest = [...cycle.validation.scores.entries()]
    .filter(([, score]) => score <= WEAK_AT_OR_BELOW)
    .sort((a, b) => a[1] - b[1])[0];
  if (!weakest || !random.chance(0.7)) return [];
  const criterion = findCriterion(weakest[0]);
  if (!criterion) throw new Error(`demo history: ${weakest[0]} is in no framework`);

  const added = workingTimeAfter(cycle.validation.at, random.int(7, 30), random);
  if (added.getTime() >= DEMO_HORIZON.getTime()) return [];
  const key = `${partnership.partnershipId}-${options.period}-action`;
  const actionId = improvementActionIdFor(partnership.partnershipId, demoCommandId(idFor, key, 0));
  const recorder = new StreamRecorder<ImprovementActionCommand, ImprovementActionState, ImprovementActionEvent>({
    streamId: improvementActionStreamId(actionId),
    tenantId: partnership.partnershipId,
    key,
    decider: improvementActionDecider,
    mayAct: (_command, actor) => mayManageImprovementActions(actor, partnership),
    idFor,
  });
  const assessment = cycle.stream.events
    .map((event) => ({ type: event.type, schemaVersion: 1, data: event.data }) as AssessmentEvent)
    .reduce(evolveAssessment, initialAssessmentState);
  const due = addDays(added, random.int(120, 240));
  recorder.record(
    {
      type: 'AddImprovementAction',
      actionId,
      partnershipId: partnership.partnershipId,
      setting: partnership.setting,
      criterionId: criterion.id,
      assessmentId: assessment.status === 'not_opened' ? null : assessment.assessmentId,
      assessment,
      description: `Raise “${criterion.text}” from ${weakest[1] === 1 ? 'Not yet in place' : 'Developing'}: agree an owner in each partner agency and report progress to every board meeting.`,
      owner: cast.lead.displayName,
      dueOn: calendarDate(due),
    },
    cast.lead,
    added,
  );

  const update = (status: 'IN_PROGRESS' | 'BLOCKED' | 'COMPLETED', at: Date, note: string | null): boolean => {
    if (at.getTime() >= DEMO_HORIZON.getTime()) return false;
    recorder.record({ type: 'UpdateImprovementAction', owner: null, dueOn: null, status, note }, cast.lead, at);
    return true;
  };
  // Some actions are agreed and then not started at all: the overview should show them too.
  if (random.chance(0.1)) return [recorder.stream()];
  const started = workingTimeAfter(added, random.int(14, 42), random);
  if (!update('IN_PROGRESS', started, 'Work has started with the partner agencies')) return [recorder.stream()];
  const outcome = random.next();
  const ended = workingTimeAfter(started, random.int(60, 200), random);
  if (outcome < 0.65) update('COMPLETED', ended, 'Done: the board has seen the evidence');
  else if (outcome < 0.8) update('BLOCKED', ended, 'Waiting for the county council to name its lead');
  return [recorder.stream()];
}
