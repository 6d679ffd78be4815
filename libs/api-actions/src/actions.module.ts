import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AddImprovementActionHandler } from './add-improvement-action/add-improvement-action.handler';
import { AddImprovementActionResolver } from './add-improvement-action/add-improvement-action.resolver';
import { GetImprovementActionHandler } from './get-improvement-action/get-improvement-action.handler';
import { GetImprovementActionResolver } from './get-improvement-action/get-improvement-action.resolver';
import { UpdateImprovementActionHandler } from './update-improvement-action/update-improvement-action.handler';
import { UpdateImprovementActionResolver } from './update-improvement-action/update-improvement-action.resolver';

/**
 * Improvement actions: what a partnership will do about a weakness. Its people or its
 * coordinator add an action on a criterion (citing the validated assessment it came from),
 * then reassign, reschedule and move it on until it is completed or cancelled.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    AddImprovementActionResolver,
    AddImprovementActionHandler,
    UpdateImprovementActionResolver,
    UpdateImprovementActionHandler,
    GetImprovementActionResolver,
    GetImprovementActionHandler,
  ],
})
export class ActionsModule {}
