import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { PartnershipView } from '@nsf/domain';
import { AssessmentScoresModel } from './assessment-scores.model';

@ObjectType('PriorityStatus', { description: 'Why the partnership is a priority for support.' })
export class PriorityStatusModel {
  @Field(() => String)
  rationale!: string;

  @Field(() => [String], { description: 'Ids of the events the designation relied on.' })
  evidence!: string[];
}

@ObjectType('OpenEscalation', { description: 'An escalation awaiting the national team.' })
export class OpenEscalationModel {
  @Field(() => String)
  concern!: string;

  @Field(() => String)
  rationale!: string;
}

@ObjectType('OpenSupportCase', { description: 'Support requested, proposed, deferred or approved, not yet delivered.' })
export class OpenSupportCaseModel {
  @Field(() => ID)
  caseId!: string;

  @Field(() => String)
  offerId!: string;

  @Field(() => String, { description: 'REQUESTED, PROPOSED, DEFERRED or APPROVED.' })
  status!: string;
}

@ObjectType('ImprovementActionSummary', { description: 'One improvement action, in brief.' })
export class ImprovementActionSummaryModel {
  @Field(() => ID)
  actionId!: string;

  @Field(() => String)
  hallmarkId!: string;

  @Field(() => String)
  criterionId!: string;

  @Field(() => String)
  description!: string;

  @Field(() => String)
  owner!: string;

  @Field(() => String, { description: 'NOT_STARTED, IN_PROGRESS, BLOCKED, COMPLETED or CANCELLED.' })
  status!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  dueOn!: string;
}

@ObjectType('PartnershipView', {
  description: 'One partnership on one page, as it stood at an instant (a replay of its history up to then).',
})
export class PartnershipViewModel {
  @Field(() => ID)
  partnershipId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'CDRP, DAAT or CSP.' })
  type!: string;

  @Field(() => String)
  region!: string;

  @Field(() => String, { nullable: true, description: 'The county of a district in a two-tier area.' })
  county!: string | null;

  @Field(() => Date, { description: 'The instant shown.' })
  asOf!: Date;

  @Field(() => AssessmentScoresModel, {
    nullable: true,
    description: 'The latest assessment opened, whatever its status; null before the first.',
  })
  currentCycle!: AssessmentScoresModel | null;

  @Field(() => AssessmentScoresModel, { nullable: true, description: 'The latest validated assessment.' })
  lastValidated!: AssessmentScoresModel | null;

  @Field(() => PriorityStatusModel, { nullable: true, description: 'Null unless it is a priority partnership.' })
  priority!: PriorityStatusModel | null;

  @Field(() => OpenEscalationModel, { nullable: true })
  escalation!: OpenEscalationModel | null;

  @Field(() => String, { nullable: true, description: 'The successor it merged into; null while on its own.' })
  mergedInto!: string | null;

  @Field(() => [OpenSupportCaseModel], { description: 'In the order raised.' })
  openSupportCases!: OpenSupportCaseModel[];

  @Field(() => [ImprovementActionSummaryModel], { description: 'Every improvement action, by due date.' })
  improvementActions!: ImprovementActionSummaryModel[];

  static from(view: PartnershipView, asOf: Date): PartnershipViewModel {
    return Object.assign(new PartnershipViewModel(), {
      ...view,
      asOf,
      currentCycle: view.currentCycle ? AssessmentScoresModel.from(view.currentCycle) : null,
      lastValidated: view.lastValidated ? AssessmentScoresModel.from(view.lastValidated) : null,
      priority: view.priority ? { rationale: view.priority.rationale, evidence: [...view.priority.evidence] } : null,
      openSupportCases: view.openSupportCases.map((supportCase) => ({
        ...supportCase,
        status: supportCase.status.toUpperCase(),
      })),
      improvementActions: [...view.improvementActions],
    });
  }
}
