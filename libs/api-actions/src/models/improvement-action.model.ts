import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { AddedImprovementAction } from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';
import { ImprovementActionChangeKind, ImprovementActionChangeModel } from './improvement-action-change.model';
import { ImprovementActionStatusEnum } from './improvement-action-status.enum';

@ObjectType('ImprovementAction', {
  description: 'What a partnership will do about a weakness on one criterion: owner, due date and status.',
})
export class ImprovementActionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  partnershipId!: string;

  @Field(() => String, { description: 'The framework edition the criterion belongs to, e.g. 2009.1.' })
  frameworkVersion!: string;

  @Field(() => String, { description: 'The hallmark of the criterion, e.g. intelligence.' })
  hallmarkId!: string;

  @Field(() => String, { description: 'The criterion whose weakness the action addresses, e.g. intelligence.1.' })
  criterionId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The validated assessment where the weakness was found; null when none was cited.',
  })
  assessmentId!: string | null;

  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Who answers for the action: a person or a post.' })
  owner!: string;

  @Field(() => String, { description: 'The due date, YYYY-MM-DD.' })
  dueOn!: string;

  @Field(() => ImprovementActionStatusEnum)
  status!: ImprovementActionStatusEnum;

  @Field(() => String, {
    nullable: true,
    description: 'The date (YYYY-MM-DD, UTC) the action was recorded as completed; null unless completed.',
  })
  completedOn!: string | null;

  @Field(() => [ImprovementActionChangeModel], { description: 'Every change to the action, oldest first.' })
  history!: ImprovementActionChangeModel[];

  /** The action's state, and its stream for what only the recorded events know: who and when. */
  static from(action: AddedImprovementAction, events: readonly RecordedEvent[]): ImprovementActionModel {
    const history = events.map((event) => ImprovementActionChangeModel.from(event));
    // A completed action is closed, so there is at most one completion.
    const completion = history.find(
      (change) => change.kind === ImprovementActionChangeKind.STATUS_CHANGED && change.to === 'COMPLETED',
    );
    return Object.assign(new ImprovementActionModel(), {
      id: action.actionId,
      partnershipId: action.partnershipId,
      frameworkVersion: action.frameworkVersion,
      hallmarkId: action.hallmarkId,
      criterionId: action.criterionId,
      assessmentId: action.assessmentId,
      description: action.description,
      owner: action.owner,
      dueOn: action.dueOn,
      status: ImprovementActionStatusEnum[action.status],
      completedOn: completion ? completion.occurredAt.slice(0, 10) : null,
      history,
    });
  }
}
