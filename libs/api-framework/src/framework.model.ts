import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum CriterionApplicabilityEnum {
  ALL = 'ALL',
  ENGLAND_ONLY = 'ENGLAND_ONLY',
  TWO_TIER_ONLY = 'TWO_TIER_ONLY',
}

registerEnumType(CriterionApplicabilityEnum, {
  name: 'CriterionApplicability',
  description:
    'Which partnerships a criterion applies to: all, those in England only, or those in two-tier areas only.',
});

@ObjectType('Criterion', { description: '“Partnerships will demonstrate that they …”' })
export class CriterionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'Position within its hallmark, from 1.' })
  number!: number;

  @Field(() => String)
  text!: string;

  @Field(() => CriterionApplicabilityEnum)
  applicability!: CriterionApplicabilityEnum;
}

@ObjectType('Hallmark', { description: 'One of the six Hallmarks of effective partnership working.' })
export class HallmarkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description!: string | null;

  @Field(() => String, {
    description: 'The lead-in each criterion completes (“…partnerships will demonstrate that they are:”).',
  })
  criteriaIntroduction!: string;

  @Field(() => [CriterionModel])
  criteria!: CriterionModel[];
}

@ObjectType('ScaleLevel', { description: 'A level of the self-assessment scale.' })
export class ScaleLevelModel {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('Framework', { description: 'A version of the National Support Framework.' })
export class FrameworkModel {
  @Field(() => String)
  version!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  publishedBy!: string;

  @Field(() => [HallmarkModel])
  hallmarks!: HallmarkModel[];

  @Field(() => [ScaleLevelModel])
  scale!: ScaleLevelModel[];
}
