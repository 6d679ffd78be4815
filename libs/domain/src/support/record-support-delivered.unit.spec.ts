import { deciderSpecification } from '../testing/decider-specification';
import type { RecordSupportDelivered } from './record-support-delivered.decide';
import { supportCaseDecider } from './support-case.decide';
import { decided, delivered, proposed, requested } from './support-case.fixtures';

const spec = deciderSpecification(supportCaseDecider);

const deliver = (deliveredOn = '2009-11-02', notes = 'Two-day course'): RecordSupportDelivered => ({
  type: 'RecordSupportDelivered',
  deliveredOn,
  notes,
});

describe('recording support delivered', () => {
  describe('when no case exists', () => {
    it('reports the case as not found', () => {
      spec.given([]).when(deliver()).thenRejects({ kind: 'not_found' });
    });
  });

  describe('when requested', () => {
    it('refuses as a conflict: it has not been approved', () => {
      spec.given([requested]).when(deliver()).thenRejects({ kind: 'conflict' });
    });
  });

  describe('when proposed', () => {
    it('refuses as a conflict: it has not been approved', () => {
      spec.given([proposed]).when(deliver()).thenRejects({ kind: 'conflict' });
    });
  });

  describe('when approved', () => {
    it('records the delivery, with its notes tidied', () => {
      spec
        .given([requested, decided('APPROVED')])
        .when(deliver('2009-11-02', '  Two-day course '))
        .then([delivered]);
    });

    it.each(['02/11/2009', '2009-02-30', ''])('rejects “%s” as invalid input on the date', (deliveredOn) => {
      spec
        .given([requested, decided('APPROVED')])
        .when(deliver(deliveredOn))
        .thenRejects({ kind: 'invalid', field: 'deliveredOn' });
    });
  });

  describe('when deferred', () => {
    it('refuses as a conflict', () => {
      spec
        .given([requested, decided('DEFERRED')])
        .when(deliver())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('deferred') });
    });
  });

  describe('when declined', () => {
    it('refuses as a conflict: a declined case is closed', () => {
      spec
        .given([requested, decided('DECLINED')])
        .when(deliver())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('declined') });
    });
  });

  describe('when delivered', () => {
    it('refuses to record it twice, as a conflict', () => {
      spec
        .given([requested, decided('APPROVED'), delivered])
        .when(deliver())
        .thenRejects({ kind: 'conflict', message: expect.stringContaining('delivered') });
    });
  });
});
