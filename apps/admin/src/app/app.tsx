// The app's screens and the URL each lives at.
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, SignInPage, SignOutPage } from '../auth';
import { Layout } from '../layout';
import { PartnershipListPage, RegisterPartnershipPage } from '../partnerships';
import { OverviewPage } from '../overview';
import {
  DecideSupportPage,
  DesignatePriorityPage,
  EscalatePage,
  LiftPriorityPage,
  ProposeSupportPage,
  RecordDeliveryPage,
  RecordOutcomePage,
  RequestSupportPage,
  ResolveEscalationPage,
  SupportCasePage,
  SupportPage,
} from '../support';
import { TimelinePage } from '../timeline';
import { NotFoundPage } from './not-found.page';

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<PartnershipListPage />} />
            <Route path="partnerships/new" element={<RegisterPartnershipPage />} />
            <Route path="partnerships/:partnershipId/timeline" element={<TimelinePage />} />
            <Route path="partnerships/:partnershipId/support" element={<SupportPage />} />
            <Route path="partnerships/:partnershipId/support/request" element={<RequestSupportPage />} />
            <Route path="partnerships/:partnershipId/support/propose" element={<ProposeSupportPage />} />
            <Route path="partnerships/:partnershipId/support/cases/:caseUuid" element={<SupportCasePage />} />
            <Route path="partnerships/:partnershipId/support/cases/:caseUuid/decide" element={<DecideSupportPage />} />
            <Route
              path="partnerships/:partnershipId/support/cases/:caseUuid/delivery"
              element={<RecordDeliveryPage />}
            />
            <Route path="partnerships/:partnershipId/support/cases/:caseUuid/outcome" element={<RecordOutcomePage />} />
            <Route path="partnerships/:partnershipId/support/priority/designate" element={<DesignatePriorityPage />} />
            <Route path="partnerships/:partnershipId/support/priority/lift" element={<LiftPriorityPage />} />
            <Route path="partnerships/:partnershipId/support/escalate" element={<EscalatePage />} />
            <Route path="partnerships/:partnershipId/support/escalation/resolve" element={<ResolveEscalationPage />} />
            <Route path="overview" element={<OverviewPage />} />
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-out" element={<SignOutPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
