// The app's screens and the URL each lives at.
import { BrowserRouter, Route, Routes } from 'react-router';
import {
  AuditArea,
  AuditEventsPage,
  AuditPartnershipLayout,
  AuditStartPage,
  ComparePage,
  ExportPage,
  ReplayPage,
  VerifyPage,
} from '../audit';
import { AuthProvider, SignInPage, SignOutPage } from '../auth';
import { Layout } from '../layout';
import { PartnershipListPage, RegisterPartnershipPage } from '../partnerships';
import { OverviewPage } from '../overview';
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
            <Route path="sign-in" element={<SignInPage />} />
            <Route path="sign-out" element={<SignOutPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </BrowserRouter>
    </AuthProvider>
  );
}
