// The app's screens and the URL each lives at. The screens are loaded on demand (see screens.ts);
// the layout shows a loading line, or a fault, in their place meanwhile.
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, SignInPage, SignOutPage } from '../auth';
import { Layout } from '../layout';
import { NotFoundPage } from './not-found.page';
import {
  AuditArea,
  AuditEventsPage,
  AuditPartnershipLayout,
  AuditStartPage,
  ComparePage,
  ExportPage,
  OverviewPage,
  PartnershipActionsPage,
  PartnershipLayout,
  PartnershipListPage,
  PartnershipOverviewPage,
  RegisterPartnershipPage,
  ReplayPage,
  TimelinePage,
  VerifyPage,
  SupportPage,
  RequestSupportPage,
  ProposeSupportPage,
  SupportCasePage,
  DecideSupportPage,
  RecordDeliveryPage,
  RecordOutcomePage,
  DesignatePriorityPage,
  LiftPriorityPage,
  EscalatePage,
  ResolveEscalationPage,
  AssessmentTaskListPage,
  CriterionPage,
  CheckAnswersPage,
  ModerationPage,
  SupportPipelinePage,
} from './screens';

export function App() {
  return (
    <AuthProvider>
      <BrowserRouter>
        <Routes>
          <Route element={<Layout />}>
            <Route index element={<PartnershipListPage />} />
            <Route path="partnerships/new" element={<RegisterPartnershipPage />} />
            <Route path="partnerships/:partnershipId" element={<PartnershipLayout />}>
              <Route index element={<PartnershipOverviewPage />} />
              <Route path="assessment">
                <Route index element={<AssessmentTaskListPage />} />
                <Route path=":assessmentId/criteria/:criterionId" element={<CriterionPage />} />
                <Route path=":assessmentId/check-answers" element={<CheckAnswersPage />} />
                <Route path=":assessmentId/moderate" element={<ModerationPage />} />
              </Route>
              <Route path="support">
                <Route index element={<SupportPage />} />
                <Route path="request" element={<RequestSupportPage />} />
                <Route path="propose" element={<ProposeSupportPage />} />
                <Route path="cases/:caseUuid" element={<SupportCasePage />} />
                <Route path="cases/:caseUuid/decide" element={<DecideSupportPage />} />
                <Route path="cases/:caseUuid/delivery" element={<RecordDeliveryPage />} />
                <Route path="cases/:caseUuid/outcome" element={<RecordOutcomePage />} />
                <Route path="priority/designate" element={<DesignatePriorityPage />} />
                <Route path="priority/lift" element={<LiftPriorityPage />} />
                <Route path="escalate" element={<EscalatePage />} />
                <Route path="escalation/resolve" element={<ResolveEscalationPage />} />
              </Route>
              <Route path="actions" element={<PartnershipActionsPage />} />
              <Route path="timeline" element={<TimelinePage />} />
            </Route>
            <Route path="overview" element={<OverviewPage />} />
            <Route path="audit" element={<AuditArea />}>
              <Route index element={<AuditStartPage />} />
              <Route path="partnerships/:partnershipId" element={<AuditPartnershipLayout />}>
                <Route index element={<AuditEventsPage />} />
                <Route path="replay" element={<ReplayPage />} />
                <Route path="compare" element={<ComparePage />} />
                <Route path="verify" element={<VerifyPage />} />
                <Route path="export" element={<ExportPage />} />
              </Route>
            </Route>
            <Route path="support-pipeline" element={<SupportPipelinePage />} />
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-out" element={<SignOutPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
