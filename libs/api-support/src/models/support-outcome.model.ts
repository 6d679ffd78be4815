import { Field, Float, ObjectType } from '@nestjs/graphql';
import type { OpenedSupportCase } from '@nsf/domain';
import { ScoreMovementEnum } from './score-movement.enum';

@ObjectType('HallmarkMovement', { description: 'One hallmark the support served, before and after it.' })
export class HallmarkMovementModel {
  @Field(() => String, { description: 'e.g. intelligence' })
  hallmarkId!: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Average effective level in the baseline assessment, to two decimals; null without a baseline.',
  })
  before!: number | null;

  @Field(() => Float, { description: 'Average effective level in the later assessment, to two decimals.' })
  after!: number;

  @Field(() => ScoreMovementEnum)
  movement!: ScoreMovementEnum;
}

@ObjectType('SupportOutcome', { description: 'Whether the scores moved after support was delivered.' })
export class SupportOutcomeModel {
  @Field(() => String, { description: 'The later validated assessment the outcome is read from.' })
  assessmentId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The validated assessment of the period before; null when there is none.',
  })
  baselineAssessmentId!: string | null;

  @Field(() => [HallmarkMovementModel], { description: 'One per hallmark the offer serves, in framework order.' })
  hallmarks!: HallmarkMovementModel[];

  @Field(() => String)
  notes!: string;

  static from(outcome: NonNullable<OpenedSupportCase['outcome']>): SupportOutcomeModel {
    return Object.assign(new SupportOutcomeModel(), {
      assessmentId: outcome.assessmentId,
      baselineAssessmentId: outcome.baselineAssessmentId,
      hallmarks: outcome.hallmarks.map((hallmark) => ({ ...hallmark, movement: ScoreMovementEnum[hallmark.movement] })),
      notes: outcome.notes,
    });
  }
}
