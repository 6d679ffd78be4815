import { Field, ID, ObjectType } from '@nestjs/graphql';
import { CURRENT_FRAMEWORK, findSupportOffer, hallmarksServedBy } from '@nsf/domain';
import type { SupportPipelineRow } from '@nsf/projections';
import { SupportCaseOriginEnum } from './support-case-origin.enum';
import { SUPPORT_CASE_STATUS, SupportCaseStatusEnum } from './support-case-status.enum';
import { SupportDecisionEnum } from './support-decision.enum';
import { SupportOfferModel } from './support-offer.model';
import { SupportOutcomeModel } from './support-outcome.model';

@ObjectType('SupportPipelineCase', {
  description: 'One support case on a region’s pipeline, as it stood at the pipeline’s instant.',
})
export class SupportPipelineCaseModel {
  @Field(() => ID, { description: 'The support case’s id.' })
  id!: string;

  @Field(() => String)
  partnershipId!: string;

  @Field(() => String)
  partnershipName!: string;

  @Field(() => SupportOfferModel)
  offer!: SupportOfferModel;

  @Field(() => [String], {
    description:
      'The hallmarks the support serves, in framework order: the offer’s, or every hallmark when the offer serves partnership working as a whole.',
  })
  hallmarksServed!: string[];

  @Field(() => String, { description: 'What the partnership needs; may be empty for universal support.' })
  need!: string;

  @Field(() => SupportCaseOriginEnum)
  raisedAs!: SupportCaseOriginEnum;

  @Field(() => Date, { description: 'When the case was requested or proposed.' })
  raisedAt!: Date;

  @Field(() => SupportCaseStatusEnum)
  status!: SupportCaseStatusEnum;

  @Field(() => Date, {
    description: 'When the case entered its status (a second deferral leaves it deferred since the first).',
  })
  statusSince!: Date;

  @Field(() => SupportDecisionEnum, { nullable: true, description: 'The latest decision; null until decided.' })
  decision!: SupportDecisionEnum | null;

  @Field(() => String, { nullable: true, description: 'Why the latest decision was made; null until decided.' })
  rationale!: string | null;

  @Field(() => Date, { nullable: true, description: 'When the latest decision was made; null until decided.' })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The date support was delivered (YYYY-MM-DD); null until then.' })
  deliveredOn!: string | null;

  @Field(() => SupportOutcomeModel, {
    nullable: true,
    description: 'Whether the served hallmarks moved after delivery, per hallmark; null until recorded.',
  })
  outcome!: SupportOutcomeModel | null;

  @Field(() => Date, { nullable: true, description: 'When the outcome was recorded; null until then.' })
  outcomeRecordedAt!: Date | null;

  static from(row: SupportPipelineRow): SupportPipelineCaseModel {
    const offer = findSupportOffer(row.offerId);
    // The offer was checked when the case was raised, and offers are never removed from the catalogue.
    if (!offer) throw new Error(`support offer ${row.offerId} of case ${row.caseId} is missing`);
    return Object.assign(new SupportPipelineCaseModel(), {
      id: row.caseId,
      partnershipId: row.partnershipId,
      partnershipName: row.partnershipName,
      offer: SupportOfferModel.from(offer),
      hallmarksServed: [...hallmarksServedBy(offer, CURRENT_FRAMEWORK)],
      need: row.need,
      raisedAs: row.raisedAs === 'requested' ? SupportCaseOriginEnum.REQUESTED : SupportCaseOriginEnum.PROPOSED,
      raisedAt: new Date(row.raisedAt),
      status: SUPPORT_CASE_STATUS[row.status],
      statusSince: new Date(row.statusSince),
      decision: row.decision ? SupportDecisionEnum[row.decision] : null,
      rationale: row.rationale,
      decidedAt: row.decidedAt === null ? null : new Date(row.decidedAt),
      deliveredOn: row.deliveredOn,
      outcome: row.outcome ? SupportOutcomeModel.from(row.outcome) : null,
      outcomeRecordedAt: row.outcomeRecordedAt === null ? null : new Date(row.outcomeRecordedAt),
    });
  }
}
