import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { TrendEnum } from './trend.enum';

@ObjectType('HallmarkStanding', { description: 'A partnership’s last validated level on one hallmark.' })
export class HallmarkStandingModel {
  @Field(() => String)
  hallmarkId!: string;

  @Field(() => String, { nullable: true, description: 'The period of the validated assessment; null if none yet.' })
  period!: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean of the hallmark’s effective scores (moderated where moderated).',
  })
  average!: number | null;

  @Field(() => Int, { nullable: true, description: 'The scale level the average rounds to.' })
  level!: number | null;

  @Field(() => String, { nullable: true, description: 'The label of that level on the framework’s scale.' })
  label!: string | null;

  @Field(() => TrendEnum, { nullable: true, description: 'Null until a validated assessment exists.' })
  trend!: TrendEnum | null;
}
