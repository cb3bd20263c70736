import { BrowserRouter, Navigate, Route, Routes, useParams } from 'react-router-dom';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { pickLocale } from './i18n/locales.ts';
import { isLocale } from './lib/enums.ts';
import { SessionProvider, useSession } from './api/session.tsx';
import { Layout } from './components/Layout.tsx';
import { NotFoundBody } from './components/bits.tsx';
import { HomePage } from './features/home/HomePage.tsx';
import { ListingListPage } from './features/catalog/ListingListPage.tsx';
import { ListingDetailPage } from './features/catalog/ListingDetailPage.tsx';
import { ListingFormPage } from './features/catalog/ListingFormPage.tsx';
import { OrganizationListPage } from './features/organizations/OrganizationListPage.tsx';
import { OrganizationDetailPage } from './features/organizations/OrganizationDetailPage.tsx';
import { OrganizationFormPage } from './features/organizations/OrganizationFormPage.tsx';
import { MembersPage } from './features/organizations/MembersPage.tsx';
import { VerificationRequestPage } from './features/organizations/VerificationRequestPage.tsx';
import { AcceptInvitationPage } from './features/organizations/AcceptInvitationPage.tsx';
import { SignInPage } from './features/accounts/SignInPage.tsx';
import { RegisterPage } from './features/accounts/RegisterPage.tsx';
import { VerifyEmailPage } from './features/accounts/VerifyEmailPage.tsx';
import { ForgotPasswordPage, ResetPasswordPage } from './features/accounts/PasswordResetPages.tsx';
import { ProfilePage } from './features/accounts/ProfilePage.tsx';
import { DashboardPage } from './features/accounts/DashboardPage.tsx';
import { ModerationQueuePage } from './features/moderation/ModerationQueuePage.tsx';
import { VerificationQueuePage } from './features/moderation/VerificationQueuePage.tsx';
import { AdminUsersPage } from './features/admin/AdminUsersPage.tsx';
import { AuditLogPage } from './features/admin/AuditLogPage.tsx';
import { MailboxPage } from './features/admin/MailboxPage.tsx';

function LocaleRoutes() {
  const { locale } = useParams();
  const { user } = useSession();
  // An unknown first segment: the server already answered 404; show the page in English.
  const known = isLocale(locale);
  const calendar = user?.calendar === 'buddhist' ? 'buddhist' : 'gregory';
  return (
    <I18nProvider locale={known ? locale : 'en'} calendar={calendar}>
      <Layout>
        {known ? (
          <Routes>
            <Route index element={<HomePage />} />
            <Route path="offers" element={<ListingListPage kind="offer" />} />
            <Route path="offers/new" element={<ListingFormPage kind="offer" />} />
            <Route path="offers/:id" element={<ListingDetailPage kind="offer" />} />
            <Route path="offers/:id/edit" element={<ListingFormPage kind="offer" />} />
            <Route path="requests" element={<ListingListPage kind="request" />} />
            <Route path="requests/new" element={<ListingFormPage kind="request" />} />
            <Route path="requests/:id" element={<ListingDetailPage kind="request" />} />
            <Route path="requests/:id/edit" element={<ListingFormPage kind="request" />} />
            <Route path="organizations" element={<OrganizationListPage />} />
            <Route path="organizations/new" element={<OrganizationFormPage />} />
            <Route path="organizations/:id" element={<OrganizationDetailPage />} />
            <Route path="organizations/:id/edit" element={<OrganizationFormPage />} />
            <Route path="organizations/:id/members" element={<MembersPage />} />
            <Route path="organizations/:id/verification" element={<VerificationRequestPage />} />
            <Route path="invitations/accept" element={<AcceptInvitationPage />} />
            <Route path="signin" element={<SignInPage />} />
            <Route path="register" element={<RegisterPage />} />
            <Route path="verify-email" element={<VerifyEmailPage />} />
            <Route path="forgot-password" element={<ForgotPasswordPage />} />
            <Route path="reset-password" element={<ResetPasswordPage />} />
            <Route path="profile" element={<ProfilePage />} />
            <Route path="dashboard" element={<DashboardPage />} />
            <Route path="operator/moderation" element={<ModerationQueuePage />} />
            <Route path="operator/verification" element={<VerificationQueuePage />} />
            <Route path="admin/users" element={<AdminUsersPage />} />
            <Route path="admin/audit" element={<AuditLogPage />} />
            <Route path="admin/mailbox" element={<MailboxPage />} />
            <Route path="*" element={<NotFoundBody />} />
          </Routes>
        ) : (
          <NotFoundBody />
        )}
      </Layout>
    </I18nProvider>
  );
}

/** "/" normally never reaches the browser (the server redirects); this covers the Vite dev server. */
function RootRedirect() {
  return <Navigate to={`/${pickLocale(navigator.languages ?? [navigator.language])}`} replace />;
}

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Routes>
          <Route path="/" element={<RootRedirect />} />
          <Route path="/:locale/*" element={<LocaleRoutes />} />
        </Routes>
      </SessionProvider>
    </BrowserRouter>
  );
}
