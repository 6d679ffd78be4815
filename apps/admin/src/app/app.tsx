// The app's screens and the URL each lives at.
import { BrowserRouter, Route, Routes } from 'react-router';
import { AuthProvider, SignInPage, SignOutPage } from '../auth';
import { Layout } from '../layout';
import { PartnershipListPage, RegisterPartnershipPage } from '../partnerships';
import { OverviewPage } from '../overview';
import { SupportPipelinePage } from '../support-pipeline';
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
