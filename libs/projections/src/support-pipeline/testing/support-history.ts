/**
 * A hand-built support history for the pipeline's specs: partnerships registered, assessments
 * validated, support cases raised, decided, delivered and their outcome recorded, each command
 * through the real deciders and each event at a business time the spec chooses.
 */
import {
  CURRENT_FRAMEWORK,
  assessmentDecider,
  assessmentIdFor,
  assessmentStreamId,
  criteriaApplicableTo,
  partnershipStreamId,
  supportCaseDecider,
  supportCaseStreamId,
  type AssessmentCommand,
  type AssessmentState,
  type RegionCode,
  type SupportCaseCommand,
} from '@nsf/domain';
import type { EventStore } from '@nsf/event-store';
import { appendAsTest } from '../../runner/testing/appended-by-a-test';

type DomainEvent = { type: string; schemaVersion: 1; data: unknown };

interface Decider<Command, Event, State> {
  decide: (command: Command, state: State) => { ok: true; events: Event[] } | { ok: false };
  evolve: (state: State, event: Event) => State;
  initialState: State;
}

const CRITERIA = criteriaApplicableTo({ country: 'England', twoTier: false }, CURRENT_FRAMEWORK).map((c) => c.id);

export class SupportHistory {
  private readonly assessments = new Map<string, AssessmentState>();
  private readonly cases = new Map<string, DomainEvent[]>();

  constructor(private readonly store: EventStore) {}

  async register(partnershipId: string, name: string, region: RegionCode, at: string): Promise<void> {
    await this.append(partnershipStreamId(partnershipId), partnershipId, at, [
      {
        type: 'PartnershipRegistered',
        schemaVersion: 1,
        data: { partnershipId, name, type: region === 'WALES' ? 'CSP' : 'CDRP', region, county: null },
      },
    ]);
  }

  /** Opens, scores every criterion at `score`, submits and validates the period's assessment. */
  async validatedAssessment(partnershipId: string, period: string, score: number, at: string): Promise<void> {
    const commands: AssessmentCommand[] = [
      {
        type: 'OpenAssessment',
        partnershipId,
        period,
        frameworkVersion: CURRENT_FRAMEWORK.version,
        setting: { country: 'England', twoTier: false },
      },
      ...CRITERIA.map(
        (criterionId): AssessmentCommand => ({
          type: 'ScoreCriterion',
          criterionId,
          score,
          evidenceText: null,
          evidenceLinks: [],
          rationale: 'As the partners agreed',
        }),
      ),
      { type: 'SubmitAssessment' },
      { type: 'ValidateAssessment', moderatedScores: [] },
    ];
    const assessmentId = assessmentIdFor(partnershipId, period);
    const { events, state } = decideAll(assessmentDecider, assessmentDecider.initialState, commands);
    this.assessments.set(assessmentId, state);
    await this.append(assessmentStreamId(assessmentId), partnershipId, at, events);
  }

  /** The validated assessment the outcome is read from, and the one of the period before. */
  outcomeCommand(partnershipId: string, period: string, baselinePeriod: string, notes: string): SupportCaseCommand {
    const state = (id: string) => this.assessments.get(id) ?? assessmentDecider.initialState;
    return {
      type: 'RecordSupportOutcome',
      assessmentId: assessmentIdFor(partnershipId, period),
      assessment: state(assessmentIdFor(partnershipId, period)),
      baseline: state(assessmentIdFor(partnershipId, baselinePeriod)),
      notes,
    };
  }

  /** Decides the command on the case's stream and appends what it accepts; a refusal is a mistake in the spec. */
  async onCase(caseId: string, partnershipId: string, command: SupportCaseCommand, at: string): Promise<void> {
    const streamId = supportCaseStreamId(caseId);
    const past = this.cases.get(streamId) ?? [];
    const state = (past as Parameters<typeof supportCaseDecider.evolve>[1][]).reduce(
      supportCaseDecider.evolve,
      supportCaseDecider.initialState,
    );
    const { events } = decideAll(supportCaseDecider, state, [command]);
    this.cases.set(streamId, [...past, ...events]);
    await this.append(streamId, partnershipId, at, events);
  }

  private append(streamId: string, tenantId: string, occurredAt: string, events: readonly DomainEvent[]) {
    return appendAsTest(this.store, streamId, tenantId, occurredAt, events);
  }
}

function decideAll<Command extends { type: string }, Event extends DomainEvent, State>(
  decider: Decider<Command, Event, State>,
  initial: State,
  commands: readonly Command[],
): { events: Event[]; state: State } {
  let state = initial;
  const events: Event[] = [];
  for (const command of commands) {
    const decision = decider.decide(command, state);
    if (!decision.ok) throw new Error(`the spec's history has a refused ${command.type}`);
    events.push(...decision.events);
    state = decision.events.reduce(decider.evolve, state);
  }
  return { events, state };
}
