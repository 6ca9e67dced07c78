/** Providers (query cache, antd theme and locale) and the route table; each page is its own chunk. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { lazy } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ApiError } from './api/client';
import { AppLayout } from './components/AppLayout';
import { NotFound } from './components/NotFound';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth, RequirePermission } from './features/auth/RequireAuth';
import type { Permission } from './features/auth/useAuth';

const HomePage = lazy(() => import('./features/home/HomePage'));
const CustomerListPage = lazy(() => import('./features/customers/pages/CustomerListPage'));
const CustomerDetailPage = lazy(() => import('./features/customers/pages/CustomerDetailPage'));
const CustomerNewPage = lazy(() => import('./features/customers/pages/CustomerNewPage'));
const UsersPage = lazy(() => import('./features/users/UsersPage'));
const RolesPage = lazy(() => import('./features/roles/RolesPage'));
const TeamsPage = lazy(() => import('./features/teams/TeamsPage'));
const TokensPage = lazy(() => import('./features/tokens/TokensPage'));
const SecurityPage = lazy(() => import('./features/auth/SecurityPage'));
const LoginSecurityPage = lazy(() => import('./features/auth/LoginSecurityPage'));
const AuditPage = lazy(() => import('./features/audit/AuditPage'));
const ProductListPage = lazy(() => import('./features/products/pages/ProductListPage'));
const ProductDetailPage = lazy(() => import('./features/products/pages/ProductDetailPage'));
const WarrantyListPage = lazy(() => import('./features/warranties/pages/WarrantyListPage'));
const CalendarListPage = lazy(() => import('./features/calendars/pages/CalendarListPage'));
const CalendarEditorPage = lazy(() => import('./features/calendars/pages/CalendarEditorPage'));
const SlaPolicyListPage = lazy(() => import('./features/sla/pages/SlaPolicyListPage'));
const SlaPolicyEditorPage = lazy(() => import('./features/sla/pages/SlaPolicyEditorPage'));
const ContractListPage = lazy(() => import('./features/contracts/pages/ContractListPage'));
const ContractDetailPage = lazy(() => import('./features/contracts/pages/ContractDetailPage'));
const ContractFormPage = lazy(() => import('./features/contracts/pages/ContractFormPage'));
const ApprovalInboxPage = lazy(() => import('./features/approvals/pages/ApprovalInboxPage'));
const RenewalTaskListPage = lazy(() => import('./features/renewals/pages/RenewalTaskListPage'));
const EntitlementCheckPage = lazy(() => import('./features/entitlements/pages/EntitlementCheckPage'));
const RequestListPage = lazy(() => import('./features/requests/pages/RequestListPage'));
const RequestNewPage = lazy(() => import('./features/requests/pages/RequestNewPage'));
const RequestImportPage = lazy(() => import('./features/requests/pages/RequestImportPage'));
const RequestDetailPage = lazy(() => import('./features/requests/pages/RequestDetailPage'));
const ServiceDeskPage = lazy(() => import('./features/service-desk/pages/ServiceDeskPage'));

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Client errors (403/404/...) will not change on retry; network blips might.
      retry: (count, error) => count < 2 && !(error instanceof ApiError && error.status < 500),
      refetchOnWindowFocus: false,
    },
  },
});

const guarded = (permission: Permission, page: React.ReactNode) => (
  <RequirePermission permission={permission}>{page}</RequirePermission>
);

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider
      locale={i18n.language === 'en' ? enUS : zhCN}
      theme={{ token: { borderRadius: 6 }, components: { Layout: { siderBg: '#fff' } } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <BrowserRouter>
            <Routes>
              <Route path="/login" element={<LoginPage />} />
              <Route
                element={
                  <RequireAuth>
                    <AppLayout />
                  </RequireAuth>
                }
              >
                <Route index element={<HomePage />} />
                <Route path="customers" element={guarded('customers:read', <CustomerListPage />)} />
                <Route path="customers/new" element={guarded('customers:write', <CustomerNewPage />)} />
                <Route path="customers/:id" element={guarded('customers:read', <CustomerDetailPage />)} />
                <Route path="products" element={guarded('products:read', <ProductListPage />)} />
                <Route path="products/:id" element={guarded('products:read', <ProductDetailPage />)} />
                <Route path="warranties" element={guarded('warranties:read', <WarrantyListPage />)} />
                <Route path="calendars" element={guarded('sla:read', <CalendarListPage />)} />
                <Route path="calendars/:id" element={guarded('sla:read', <CalendarEditorPage />)} />
                <Route path="sla-policies" element={guarded('sla:read', <SlaPolicyListPage />)} />
                <Route path="sla-policies/new" element={guarded('sla:manage', <SlaPolicyEditorPage />)} />
                <Route path="sla-policies/:id" element={guarded('sla:read', <SlaPolicyEditorPage />)} />
                <Route path="approvals" element={guarded('contracts:approve', <ApprovalInboxPage />)} />
                <Route path="renewal-tasks" element={guarded('contracts:read', <RenewalTaskListPage />)} />
                <Route
                  path="entitlements"
                  element={guarded('entitlements:check', <EntitlementCheckPage />)}
                />
                <Route path="contracts" element={guarded('contracts:read', <ContractListPage />)} />
                <Route path="contracts/new" element={guarded('contracts:write', <ContractFormPage />)} />
                <Route path="contracts/:id" element={guarded('contracts:read', <ContractDetailPage />)} />
                <Route path="contracts/:id/edit" element={guarded('contracts:write', <ContractFormPage />)} />
                <Route path="requests" element={guarded('requests:read', <RequestListPage />)} />
                <Route path="requests/new" element={guarded('requests:create', <RequestNewPage />)} />
                <Route path="requests/import" element={guarded('requests:import', <RequestImportPage />)} />
                <Route path="requests/:id" element={guarded('requests:read', <RequestDetailPage />)} />
                <Route path="service-desk" element={guarded('requests:internal', <ServiceDeskPage />)} />
                <Route path="admin/users" element={guarded('users:manage', <UsersPage />)} />
                <Route path="admin/roles" element={guarded('roles:manage', <RolesPage />)} />
                <Route path="admin/teams" element={guarded('teams:manage', <TeamsPage />)} />
                <Route path="admin/audit" element={guarded('audit:read', <AuditPage />)} />
                <Route path="settings/tokens" element={guarded('tokens:own', <TokensPage />)} />
                {/* Every staff role holds tokens:own and no customer role does: two-step is for staff. */}
                <Route path="settings/security" element={guarded('tokens:own', <SecurityPage />)} />
                <Route path="admin/login-security" element={guarded('users:manage', <LoginSecurityPage />)} />
                <Route path="*" element={<NotFound />} />
              </Route>
            </Routes>
          </BrowserRouter>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
