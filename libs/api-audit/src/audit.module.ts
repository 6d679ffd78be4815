import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AuditTrailHandler } from './audit-trail/audit-trail.handler';
import { AuditTrailResolver } from './audit-trail/audit-trail.resolver';
import { TimelineHandler } from './timeline/timeline.handler';
import { TimelineResolver } from './timeline/timeline.resolver';
import { VerifyHistoryHandler } from './verify-history/verify-history.handler';
import { VerifyHistoryResolver } from './verify-history/verify-history.resolver';

/**
 * Reading history: the audit trail of every event with its envelope, the verification of each
 * stream's hash chain, and a partnership's improvement timeline in plain words.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    AuditTrailResolver,
    AuditTrailHandler,
    VerifyHistoryResolver,
    VerifyHistoryHandler,
    TimelineResolver,
    TimelineHandler,
  ],
})
export class AuditModule {}
