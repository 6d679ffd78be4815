import { registerEnumType } from '@nestjs/graphql';

/** The domain's movements are already upper-case names, so they serve as the GraphQL values as they are. */
export enum ScoreMovementEnum {
  IMPROVED = 'IMPROVED',
  UNCHANGED = 'UNCHANGED',
  DECLINED = 'DECLINED',
  NO_BASELINE = 'NO_BASELINE',
}

registerEnumType(ScoreMovementEnum, {
  name: 'ScoreMovement',
  description:
    'How a hallmark’s average level moved from the validated assessment of the period before to the later one; NO_BASELINE when there is no earlier validated assessment.',
});
