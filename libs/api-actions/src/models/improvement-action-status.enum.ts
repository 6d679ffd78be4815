import { registerEnumType } from '@nestjs/graphql';

/** The domain's statuses are already upper-case names, so they serve as the GraphQL values as they are. */
export enum ImprovementActionStatusEnum {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(ImprovementActionStatusEnum, {
  name: 'ImprovementActionStatus',
  description:
    'NOT_STARTED when added; IN_PROGRESS or BLOCKED (with a note) while open; COMPLETED or CANCELLED (each with a note) close the action.',
});
