import { CURRENT_FRAMEWORK } from '../framework/frameworks';
import { findSupportOffer } from './support-catalogue';
import {
  SUPPORT_PIPELINE_STAGES,
  hallmarksServedBy,
  supportPipelineStages,
  type PipelineCase,
} from './support-pipeline';

const supportCase = (caseId: string, status: PipelineCase['status'], statusSince: string): PipelineCase => ({
  caseId,
  status,
  statusSince,
});

describe('the support pipeline', () => {
  it('has a stage for every status a case can be in, in the order a case moves through them', () => {
    expect(SUPPORT_PIPELINE_STAGES).toEqual(['requested', 'proposed', 'deferred', 'approved', 'delivered', 'declined']);
  });

  it('groups cases by status, keeping empty stages, longest waiting first', () => {
    const stages = supportPipelineStages([
      supportCase('c', 'requested', '2010-05-03T09:00:00.000Z'),
      supportCase('a', 'delivered', '2010-09-01T09:00:00.000Z'),
      supportCase('b', 'requested', '2010-05-01T09:00:00.000Z'),
      supportCase('d', 'requested', '2010-05-01T09:00:00.000Z'),
    ]);
    expect(stages.map((stage) => [stage.status, stage.cases.map((c) => c.caseId)])).toEqual([
      ['requested', ['b', 'd', 'c']],
      ['proposed', []],
      ['deferred', []],
      ['approved', []],
      ['delivered', ['a']],
      ['declined', []],
    ]);
  });
});

describe('the hallmarks an offer serves', () => {
  it('are the hallmarks it is linked to, in framework order', () => {
    const offer = findSupportOffer('problem-solving-training');
    expect(offer && hallmarksServedBy(offer, CURRENT_FRAMEWORK)).toEqual(['intelligence', 'skills']);
  });

  it('are every hallmark for an offer that serves partnership working as a whole', () => {
    const offer = findSupportOffer('mentoring');
    expect(offer && hallmarksServedBy(offer, CURRENT_FRAMEWORK)).toEqual(CURRENT_FRAMEWORK.hallmarks.map((h) => h.id));
  });
});
