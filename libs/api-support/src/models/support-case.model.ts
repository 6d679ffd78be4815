import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { OpenedSupportCase } from '@nsf/domain';
import { SUPPORT_CASE_STATUS, SupportCaseStatusEnum } from './support-case-status.enum';
import { SupportDecisionEnum } from './support-decision.enum';
import { SupportOutcomeModel } from './support-outcome.model';

@ObjectType('SupportCase', {
  description: 'One piece of support for one partnership, from request to delivery and its outcome.',
})
export class SupportCaseModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  partnershipId!: string;

  @Field(() => String, { description: 'The id of a SupportOffer.' })
  offerId!: string;

  @Field(() => String, { description: 'What the partnership needs; may be empty for universal support.' })
  need!: string;

  @Field(() => SupportCaseStatusEnum)
  status!: SupportCaseStatusEnum;

  @Field(() => SupportDecisionEnum, { nullable: true, description: 'The latest decision; null until decided.' })
  decision!: SupportDecisionEnum | null;

  @Field(() => String, { nullable: true, description: 'Why the latest decision was made; null until decided.' })
  rationale!: string | null;

  @Field(() => [String], { description: 'Ids of the events the latest decision relied on; empty until decided.' })
  evidence!: string[];

  @Field(() => String, { nullable: true, description: 'The date support was delivered (YYYY-MM-DD); null until then.' })
  deliveredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Notes on the delivery; null until delivered.' })
  deliveryNotes!: string | null;

  @Field(() => SupportOutcomeModel, {
    nullable: true,
    description: 'Whether the scores moved after delivery; null until the coordinator records it.',
  })
  outcome!: SupportOutcomeModel | null;

  static from(state: OpenedSupportCase): SupportCaseModel {
    return Object.assign(new SupportCaseModel(), {
      id: state.caseId,
      partnershipId: state.partnershipId,
      offerId: state.offerId,
      need: state.need,
      status: SUPPORT_CASE_STATUS[state.status],
      decision: state.decision ? SupportDecisionEnum[state.decision.decision] : null,
      rationale: state.decision?.rationale ?? null,
      evidence: state.decision ? [...state.decision.evidence] : [],
      deliveredOn: state.delivery?.deliveredOn ?? null,
      deliveryNotes: state.delivery?.notes ?? null,
      outcome: state.outcome ? SupportOutcomeModel.from(state.outcome) : null,
    });
  }
}
