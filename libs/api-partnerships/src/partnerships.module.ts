import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DesignatePriorityHandler } from './designate-priority/designate-priority.handler';
import { DesignatePriorityResolver } from './designate-priority/designate-priority.resolver';
import { EscalateHandler } from './escalate/escalate.handler';
import { EscalateResolver } from './escalate/escalate.resolver';
import { LiftPriorityHandler } from './lift-priority/lift-priority.handler';
import { LiftPriorityResolver } from './lift-priority/lift-priority.resolver';
import { PartnershipsResolver } from './list-partnerships/partnerships.resolver';
import { MergePartnershipsHandler } from './merge-partnerships/merge-partnerships.handler';
import { MergePartnershipsResolver } from './merge-partnerships/merge-partnerships.resolver';
import { PartnershipDecisionResult } from './partnership-decision-result';
import { RegisterPartnershipHandler } from './register-partnership/register-partnership.handler';
import { RegisterPartnershipResolver } from './register-partnership/register-partnership.resolver';
import { ResolveEscalationHandler } from './resolve-escalation/resolve-escalation.handler';
import { ResolveEscalationResolver } from './resolve-escalation/resolve-escalation.resolver';

/**
 * Partnerships: registering them and finding them, and the decisions recorded on a partnership's
 * own stream — priority status, escalation to the national team, merging into a successor.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    PartnershipsResolver,
    RegisterPartnershipResolver,
    RegisterPartnershipHandler,
    PartnershipDecisionResult,
    DesignatePriorityResolver,
    DesignatePriorityHandler,
    LiftPriorityResolver,
    LiftPriorityHandler,
    EscalateResolver,
    EscalateHandler,
    ResolveEscalationResolver,
    ResolveEscalationHandler,
    MergePartnershipsResolver,
    MergePartnershipsHandler,
  ],
})
export class PartnershipsModule {}
