import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CompareAssessmentsHandler } from './compare-assessments/compare-assessments.handler';
import { CompareAssessmentsResolver } from './compare-assessments/compare-assessments.resolver';
import { PartnershipViewHandler } from './partnership/partnership-view.handler';
import { PartnershipViewResolver } from './partnership/partnership-view.resolver';
import { ProgressHandler } from './progress/progress.handler';
import { ProgressResolver } from './progress/progress.resolver';

/**
 * Reading one partnership: its page as of any instant (a replay of its history), its progress
 * over time against its region and the nation, and two of its assessments compared.
 */
@Module({
  imports: [CqrsModule],
  providers: [
    PartnershipViewResolver,
    PartnershipViewHandler,
    ProgressResolver,
    ProgressHandler,
    CompareAssessmentsResolver,
    CompareAssessmentsHandler,
  ],
})
export class PartnershipViewsModule {}
