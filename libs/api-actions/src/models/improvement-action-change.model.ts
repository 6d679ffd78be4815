import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { ImprovementActionEvent } from '@nsf/domain';
import type { RecordedEvent } from '@nsf/event-store';

export enum ImprovementActionChangeKind {
  ADDED = 'ADDED',
  REASSIGNED = 'REASSIGNED',
  RESCHEDULED = 'RESCHEDULED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}

registerEnumType(ImprovementActionChangeKind, { name: 'ImprovementActionChangeKind' });

@ObjectType('ImprovementActionChange', { description: 'One recorded change to an improvement action.' })
export class ImprovementActionChangeModel {
  @Field(() => ImprovementActionChangeKind)
  kind!: ImprovementActionChangeKind;

  @Field(() => String, { description: 'When the change took effect, ISO-8601.' })
  occurredAt!: string;

  @Field(() => String, { description: 'The username of whoever made the change.' })
  actor!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The owner, due date (YYYY-MM-DD) or status before the change; null for ADDED.',
  })
  from!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The owner, due date or status after the change; null for ADDED.',
  })
  to!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, when a note was given.' })
  note!: string | null;

  static from(recorded: RecordedEvent): ImprovementActionChangeModel {
    const event = {
      type: recorded.type,
      schemaVersion: recorded.schemaVersion,
      data: recorded.data,
    } as ImprovementActionEvent;
    const change = (kind: ImprovementActionChangeKind, from: string | null, to: string | null, note: string) =>
      Object.assign(new ImprovementActionChangeModel(), {
        kind,
        occurredAt: recorded.occurredAt,
        actor: recorded.actor,
        from,
        to,
        note: note.length > 0 ? note : null,
      });
    switch (event.type) {
      case 'ImprovementActionAdded':
        return change(ImprovementActionChangeKind.ADDED, null, null, '');
      case 'ImprovementActionReassigned':
        return change(
          ImprovementActionChangeKind.REASSIGNED,
          event.data.previousOwner,
          event.data.owner,
          event.data.note,
        );
      case 'ImprovementActionRescheduled':
        return change(
          ImprovementActionChangeKind.RESCHEDULED,
          event.data.previousDueOn,
          event.data.dueOn,
          event.data.note,
        );
      case 'ImprovementActionStatusChanged':
        return change(
          ImprovementActionChangeKind.STATUS_CHANGED,
          event.data.previousStatus,
          event.data.status,
          event.data.note,
        );
      default: {
        const _exhaustive: never = event;
        return _exhaustive;
      }
    }
  }
}
