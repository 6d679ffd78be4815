/**
 * A small but complete history for the platform's read models, made through the real deciders:
 * partnerships registered, assessments opened, scored (some scores revised), submitted, returned
 * (some then revised, resubmitted) or validated with moderation, priority designated and lifted, support requested or proposed, decided, delivered and
 * its outcome recorded.
 * (@nsf/demo-data holds the full demo history, but a shared library may not depend on a tool.)
 */
import {
  CURRENT_FRAMEWORK,
  assessmentDecider,
  assessmentIdFor,
  assessmentStreamId,
  criteriaApplicableTo,
  partnershipStreamId,
  supportCaseDecider,
  supportCaseIdFor,
  supportCaseStreamId,
  type AssessmentCommand,
  type AssessmentState,
  type SupportCaseCommand,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { appendAsTest } from '../../runner/testing/appended-by-a-test';

const CRITERIA = criteriaApplicableTo({ country: 'England', twoTier: false }, CURRENT_FRAMEWORK).map((c) => c.id);

interface Decider<Command, Event, State> {
  decide: (command: Command, state: State) => { ok: true; events: Event[] } | { ok: false };
  evolve: (state: State, event: Event) => State;
  initialState: State;
}

type DomainEvent = { type: string; schemaVersion: 1; data: unknown };

/** Appends the history of `count` partnerships named after `run`, in `region`; returns how many events. */
export async function appendSyntheticHistory(
  store: EventStore,
  run: string,
  count: number,
  region = 'NORTH_WEST',
): Promise<number> {
  let appended = 0;
  const append = async (streamId: string, tenantId: string, events: readonly DomainEvent[]): Promise<void> => {
    await appendAsTest(store, streamId, tenantId, '2010-03-01T09:00:00.000Z', events);
    appended += events.length;
  };

  for (let who = 0; who < count; who++) {
    const partnershipId = `${run}-p${who}`;
    await append(partnershipStreamId(partnershipId), partnershipId, [
      {
        type: 'PartnershipRegistered',
        schemaVersion: 1,
        data: { partnershipId, name: `Partnership ${who} of ${run}`, type: 'CDRP', region, county: null },
      },
    ]);
    const assessments: AssessmentState[] = [];
    for (const [index, period] of ['2009-10', '2010-11'].entries()) {
      const commands: AssessmentCommand[] = [
        {
          type: 'OpenAssessment',
          partnershipId,
          period,
          frameworkVersion: CURRENT_FRAMEWORK.version,
          setting: { country: 'England', twoTier: false },
        },
        ...CRITERIA.map(
          (criterionId, i): AssessmentCommand => ({
            type: 'ScoreCriterion',
            criterionId,
            score: ((who + index + i) % 4) + 1,
            evidenceText: null,
            evidenceLinks: [],
            rationale: 'As the partners agreed',
          }),
        ),
        // A score revised before submission: the later score is the one that counts.
        ...(who % 2 === 1 ? [rescore(CRITERIA[0], ((who + index + 1) % 4) + 1)] : []),
        { type: 'SubmitAssessment' },
        ...(who % 3 === 0
          ? [
              { type: 'ReturnAssessment', comments: 'Look again at the evidence' } as const,
              // Every other returned assessment is revised, resubmitted and validated.
              ...(who % 6 === 3
                ? [
                    rescore(CRITERIA[1], ((who + index) % 4) + 1),
                    rescore(CRITERIA[1], ((who + index + 2) % 4) + 1),
                    { type: 'SubmitAssessment' } as const,
                    validate(who, index),
                  ]
                : []),
            ]
          : [validate(who, index)]),
      ];
      const streamId = assessmentStreamId(assessmentIdFor(partnershipId, period));
      const events = decideAll(assessmentDecider, commands);
      assessments.push(events.reduce(assessmentDecider.evolve, assessmentDecider.initialState));
      await append(streamId, partnershipId, events);
    }
    if (who % 2 === 0) {
      const grounds = { partnershipId, rationale: 'The validated scores show it', evidence: [] };
      const toggles: DomainEvent[] = [{ type: 'PriorityDesignated', schemaVersion: 1, data: grounds }];
      if (who % 4 === 0) toggles.push({ type: 'PriorityLifted', schemaVersion: 1, data: grounds });
      await append(partnershipStreamId(partnershipId), partnershipId, toggles);
    }
    const caseId = supportCaseIdFor(partnershipId, `00000000-0000-4000-8000-00000000000${who % 10}`);
    const raise = who % 5 === 4 ? 'ProposeSupport' : 'RequestSupport';
    const support: SupportCaseCommand[] = [
      { type: raise, caseId, partnershipId, offerId: 'problem-solving-training', need: 'Analysis' },
      { type: 'DecideSupport', decision: who % 2 ? 'APPROVED' : 'DEFERRED', rationale: 'Weak scores', evidence: [] },
      { type: 'RecordSupportDelivered', deliveredOn: '2010-06-01', notes: 'Delivered' },
      {
        type: 'RecordSupportOutcome',
        assessmentId: assessmentIdFor(partnershipId, '2010-11'),
        assessment: assessments[1],
        baseline: assessments[0],
        notes: 'Read from the 2010-11 assessment',
      },
    ];
    await append(supportCaseStreamId(caseId), partnershipId, decideAll(supportCaseDecider, support));
  }
  return appended;
}

function rescore(criterionId: string, score: number): AssessmentCommand {
  return { type: 'ScoreCriterion', criterionId, score, evidenceText: null, evidenceLinks: [], rationale: 'Revised' };
}

/** Validation moderating one criterion one step above the self-score (see above), so it differs from it. */
function validate(who: number, index: number): AssessmentCommand {
  return {
    type: 'ValidateAssessment',
    moderatedScores: [
      { criterionId: CRITERIA[who], score: ((2 * who + index + 1) % 4) + 1, reason: 'The evidence shows' },
    ],
  };
}

/** The events the commands produce in turn; a refused command is a mistake in this history. */
function decideAll<Command extends { type: string }, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  commands: readonly Command[],
): Event[] {
  let state = decider.initialState;
  const accepted: Event[] = [];
  for (const command of commands) {
    const decision = decider.decide(command, state);
    if (!decision.ok) {
      // Deferred support cannot be delivered, nor an outcome read from a returned assessment:
      // that is the history, not a mistake.
      if (command.type === 'RecordSupportDelivered' || command.type === 'RecordSupportOutcome') continue;
      throw new Error(`the synthetic history has a refused ${command.type}`);
    }
    accepted.push(...decision.events);
    state = decision.events.reduce(decider.evolve, state);
  }
  return accepted;
}
