import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { PartnershipsResolver } from './list-partnerships/partnerships.resolver';
import { RegisterPartnershipHandler } from './register-partnership/register-partnership.handler';
import { RegisterPartnershipResolver } from './register-partnership/register-partnership.resolver';

/** Partnerships: registering them and finding them. */
@Module({
  imports: [CqrsModule],
  providers: [PartnershipsResolver, RegisterPartnershipResolver, RegisterPartnershipHandler],
})
export class PartnershipsModule {}
