import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AuditEventRow } from '@nsf/projections';
import { JSONScalar } from './json.scalar';

@ObjectType('AuditEvent', { description: 'A recorded event with its whole envelope, as the event store holds it.' })
export class AuditEventModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  streamId!: string;

  @Field(() => Int, { description: 'Its place in its stream: 0 for the first event, then 1, 2, … without gaps.' })
  revision!: number;

  @Field(() => String, {
    description:
      'Its place in the global log, as the event store’s checkpoint (opaque, adapter-specific: on PostgreSQL “<transaction id>:<position>”).',
  })
  globalPosition!: string;

  @Field(() => String)
  type!: string;

  @Field(() => Int)
  schemaVersion!: number;

  @Field(() => String, { description: 'The partnership (or the platform) whose data this is.' })
  tenantId!: string;

  @Field(() => String, { description: 'The username of whoever caused it, or system:<process>.' })
  actor!: string;

  @Field(() => String, { nullable: true, description: 'The actor’s role when it happened, from the metadata.' })
  actorRole!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID)
  commandId!: string;

  @Field(() => ID)
  correlationId!: string;

  @Field(() => ID, { nullable: true })
  causationId!: string | null;

  @Field(() => GraphQLISODateTime, { description: 'Business time: when it happened.' })
  occurredAt!: Date;

  @Field(() => GraphQLISODateTime, { description: 'When the event store recorded it.' })
  recordedAt!: Date;

  @Field(() => JSONScalar)
  data!: unknown;

  @Field(() => JSONScalar)
  metadata!: unknown;

  @Field(() => String, { nullable: true, description: 'The hash of the stream’s previous event; null at revision 0.' })
  previousHash!: string | null;

  @Field(() => String, { description: 'sha-256 (hex) chaining this event to the previous one of its stream.' })
  hash!: string;

  static from(row: AuditEventRow): AuditEventModel {
    return Object.assign(new AuditEventModel(), {
      id: row.id,
      streamId: row.streamId,
      revision: row.revision,
      globalPosition: row.checkpoint,
      type: row.type,
      schemaVersion: row.schemaVersion,
      tenantId: row.tenantId,
      actor: row.actor,
      actorRole: row.actorRole,
      reason: row.reason,
      commandId: row.commandId,
      correlationId: row.correlationId,
      causationId: row.causationId,
      occurredAt: new Date(row.occurredAt),
      recordedAt: new Date(row.recordedAt),
      data: row.data,
      metadata: row.metadata,
      previousHash: row.previousHash,
      hash: row.hash,
    });
  }
}
