import { registerEnumType } from '@nestjs/graphql';

export enum TrendEnum {
  UP = 'UP',
  DOWN = 'DOWN',
  SAME = 'SAME',
  NEW = 'NEW',
}

registerEnumType(TrendEnum, {
  name: 'Trend',
  description: 'A hallmark’s level against the previous validated assessment; NEW when there is none.',
});
