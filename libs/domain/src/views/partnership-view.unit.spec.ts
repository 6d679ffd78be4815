import { partnershipViewAsOf } from './partnership-view';
import {
  ACTION,
  ALLERDALE,
  CASE,
  FIRST,
  SECOND,
  onAction,
  onAssessment,
  onCase,
  onPartnership,
  opened,
  registered,
  scored,
  submitted,
  validated,
} from './views.fixtures';

const history = [
  onPartnership('2009-04-01T09:00:00Z', registered),
  onAssessment(FIRST, '2009-05-01T09:00:00Z', opened(FIRST, '2009-10')),
  onAssessment(FIRST, '2009-05-02T09:00:00Z', scored(FIRST, 'leadership.1', 2)),
  onAssessment(FIRST, '2009-05-02T10:00:00Z', scored(FIRST, 'leadership.2', 3)),
  onAssessment(FIRST, '2009-05-02T11:00:00Z', scored(FIRST, 'skills.1', 4)),
  onAssessment(FIRST, '2009-06-01T09:00:00Z', submitted(FIRST)),
  onAssessment(FIRST, '2009-07-01T09:00:00Z', validated(FIRST, { 'skills.1': [4, 3] })),
  onPartnership('2009-07-02T09:00:00Z', {
    type: 'PriorityDesignated',
    schemaVersion: 1,
    data: { partnershipId: ALLERDALE, rationale: 'Leadership is below Established', evidence: ['event-1'] },
  }),
  onCase('2009-07-03T09:00:00Z', {
    type: 'SupportRequested',
    schemaVersion: 1,
    data: { caseId: CASE, partnershipId: ALLERDALE, offerId: 'executive-coaching', need: 'A new chair' },
  }),
  onAction('2009-07-04T09:00:00Z', {
    type: 'ImprovementActionAdded',
    schemaVersion: 1,
    data: {
      actionId: ACTION,
      partnershipId: ALLERDALE,
      frameworkVersion: '2009.1',
      hallmarkId: 'leadership',
      criterionId: 'leadership.1',
      assessmentId: FIRST,
      description: 'Agree a joint tasking process',
      owner: 'Community Safety Manager',
      dueOn: '2010-03-31',
    },
  }),
  onAssessment(SECOND, '2010-05-01T09:00:00Z', opened(SECOND, '2010-11')),
  onAssessment(SECOND, '2010-05-02T09:00:00Z', scored(SECOND, 'leadership.1', 4)),
  onCase('2010-06-01T09:00:00Z', {
    type: 'SupportDecided',
    schemaVersion: 1,
    data: { caseId: CASE, decision: 'DECLINED', rationale: 'Leadership is improving', evidence: [] },
  }),
  onPartnership('2010-06-02T09:00:00Z', {
    type: 'PartnershipMerged',
    schemaVersion: 1,
    data: {
      partnershipId: ALLERDALE,
      successorId: 'north_west-west-cumbria-cdrp',
      rationale: 'The districts pooled their teams',
      evidence: [],
    },
  }),
];

describe('a partnership as of an instant', () => {
  describe('when not yet registered', () => {
    it('is not there', () => {
      expect(partnershipViewAsOf(ALLERDALE, history, '2009-03-31T23:59:59Z')).toBeNull();
    });
  });

  describe('when registered and nothing else', () => {
    it('shows who it is and no cycle, decision, support or action', () => {
      expect(partnershipViewAsOf(ALLERDALE, history, '2009-04-01T09:00:00Z')).toEqual({
        partnershipId: ALLERDALE,
        name: 'Allerdale CDRP',
        type: 'CDRP',
        region: 'NORTH_WEST',
        county: 'Cumbria',
        currentCycle: null,
        lastValidated: null,
        priority: null,
        escalation: null,
        mergedInto: null,
        openSupportCases: [],
        improvementActions: [],
      });
    });
  });

  describe('when its first assessment is scored but not validated', () => {
    it('shows the open cycle with effective scores equal to its own, and nothing validated', () => {
      const view = partnershipViewAsOf(ALLERDALE, history, '2009-05-31T00:00:00Z');
      expect(view?.currentCycle).toMatchObject({ assessmentId: FIRST, period: '2009-10', status: 'open' });
      expect(view?.currentCycle?.criteria).toEqual([
        { criterionId: 'leadership.1', hallmarkId: 'leadership', selfScore: 2, effectiveScore: 2 },
        { criterionId: 'leadership.2', hallmarkId: 'leadership', selfScore: 3, effectiveScore: 3 },
        { criterionId: 'skills.1', hallmarkId: 'skills', selfScore: 4, effectiveScore: 4 },
      ]);
      expect(view?.lastValidated).toBeNull();
    });
  });

  describe('when validated with moderation, designated, with support and an action', () => {
    const view = partnershipViewAsOf(ALLERDALE, history, '2009-12-31T00:00:00Z');

    it('shows the moderated score as effective beside the partnership’s own, per criterion and hallmark', () => {
      expect(view?.lastValidated?.criteria.find((c) => c.criterionId === 'skills.1')).toEqual({
        criterionId: 'skills.1',
        hallmarkId: 'skills',
        selfScore: 4,
        effectiveScore: 3,
      });
      const hallmarks = view?.lastValidated?.hallmarks ?? [];
      expect(hallmarks.find((h) => h.hallmarkId === 'leadership')).toEqual({
        hallmarkId: 'leadership',
        selfAverage: 2.5,
        average: 2.5,
        level: 3,
      });
      expect(hallmarks.find((h) => h.hallmarkId === 'skills')).toEqual({
        hallmarkId: 'skills',
        selfAverage: 4,
        average: 3,
        level: 3,
      });
      expect(hallmarks.find((h) => h.hallmarkId === 'communities')).toEqual({
        hallmarkId: 'communities',
        selfAverage: null,
        average: null,
        level: null,
      });
      expect(view?.currentCycle).toEqual(view?.lastValidated);
    });

    it('shows the priority, the open support case and the action', () => {
      expect(view?.priority).toEqual({ rationale: 'Leadership is below Established', evidence: ['event-1'] });
      expect(view?.openSupportCases).toEqual([{ caseId: CASE, offerId: 'executive-coaching', status: 'requested' }]);
      expect(view?.improvementActions).toEqual([
        {
          actionId: ACTION,
          hallmarkId: 'leadership',
          criterionId: 'leadership.1',
          description: 'Agree a joint tasking process',
          owner: 'Community Safety Manager',
          status: 'NOT_STARTED',
          dueOn: '2010-03-31',
        },
      ]);
    });
  });

  describe('when the next cycle is open, the support declined and the partnership merged', () => {
    const view = partnershipViewAsOf(ALLERDALE, history, '2011-01-01T00:00:00Z');

    it('shows the new cycle as current and the earlier one as last validated', () => {
      expect(view?.currentCycle).toMatchObject({ assessmentId: SECOND, period: '2010-11', status: 'open' });
      expect(view?.lastValidated).toMatchObject({ assessmentId: FIRST, period: '2009-10', status: 'validated' });
    });

    it('no longer counts the declined case as open, and names the successor', () => {
      expect(view?.openSupportCases).toEqual([]);
      expect(view?.mergedInto).toBe('north_west-west-cumbria-cdrp');
    });
  });

  describe('whatever order the streams come in', () => {
    it('is the same, since each stream folds on its own', () => {
      const interleaved = [...history].sort((a, b) => a.streamId.localeCompare(b.streamId));
      expect(partnershipViewAsOf(ALLERDALE, interleaved, '2011-01-01T00:00:00Z')).toEqual(
        partnershipViewAsOf(ALLERDALE, history, '2011-01-01T00:00:00Z'),
      );
    });
  });

  describe('when another tenant’s events are mixed in', () => {
    it('ignores what belongs to no aggregate of the partnership', () => {
      const noise = {
        streamId: 'audit-reads-aisha',
        type: 'AuditTrailViewed',
        schemaVersion: 1,
        occurredAt: '2009-05-01T00:00:00Z',
        data: {},
      };
      expect(partnershipViewAsOf(ALLERDALE, [...history, noise], '2011-01-01T00:00:00Z')).toEqual(
        partnershipViewAsOf(ALLERDALE, history, '2011-01-01T00:00:00Z'),
      );
    });
  });
});
