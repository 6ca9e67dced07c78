import {
  AppstoreOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  ControlOutlined,
  CustomerServiceOutlined,
  DownOutlined,
  FieldTimeOutlined,
  FileProtectOutlined,
  HomeOutlined,
  KeyOutlined,
  LockOutlined,
  LogoutOutlined,
  SafetyCertificateOutlined,
  SafetyOutlined,
  SearchOutlined,
  ShopOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Avatar, Dropdown, Flex, Layout, Menu, type MenuProps, Spin, Typography, theme } from 'antd';
import { type ReactNode, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { logout } from '../features/auth/auth.api';
import { type Permission, useCan, useMe } from '../features/auth/useAuth';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

interface NavItem {
  key: string;
  icon: ReactNode;
  label: string;
  permission?: Permission;
}

/** The signed-in frame: side navigation filtered by the user's permissions, header with account and language. */
export function AppLayout() {
  const { t } = useTranslation();
  const { me } = useMe();
  const can = useCan();
  const navigate = useNavigate();
  const location = useLocation();
  const qc = useQueryClient();
  const [collapsed, setCollapsed] = useState(false);
  const { token } = theme.useToken();

  const main: NavItem[] = [
    { key: '/', icon: <HomeOutlined />, label: t('nav.home') },
    {
      key: '/requests',
      icon: <CustomerServiceOutlined />,
      label: t('requests.nav'),
      permission: 'requests:read',
    },
    { key: '/customers', icon: <ShopOutlined />, label: t('nav.customers'), permission: 'customers:read' },
    {
      key: '/contracts',
      icon: <FileProtectOutlined />,
      label: t('contracts.nav'),
      permission: 'contracts:read',
    },
    { key: '/products', icon: <AppstoreOutlined />, label: t('products.nav'), permission: 'products:read' },
    {
      key: '/warranties',
      icon: <SafetyOutlined />,
      label: t('warranties.nav'),
      permission: 'warranties:read',
    },
    { key: '/sla-policies', icon: <ClockCircleOutlined />, label: t('sla.nav'), permission: 'sla:read' },
    { key: '/calendars', icon: <CalendarOutlined />, label: t('calendars.nav'), permission: 'sla:read' },
    {
      key: '/approvals',
      icon: <CheckSquareOutlined />,
      label: t('approvals.nav'),
      permission: 'contracts:approve',
    },
    {
      key: '/renewal-tasks',
      icon: <FieldTimeOutlined />,
      label: t('renewals.nav'),
      permission: 'contracts:read',
    },
    {
      key: '/entitlements',
      icon: <SearchOutlined />,
      label: t('entitlements.nav'),
      permission: 'entitlements:check',
    },
  ];
  const admin: NavItem[] = [
    {
      key: '/service-desk',
      icon: <ControlOutlined />,
      label: t('serviceDesk.nav'),
      permission: 'requests:internal',
    },
    { key: '/admin/users', icon: <UserOutlined />, label: t('nav.users'), permission: 'users:manage' },
    {
      key: '/admin/login-security',
      icon: <LockOutlined />,
      label: t('security.nav'),
      permission: 'users:manage',
    },
    {
      key: '/admin/roles',
      icon: <SafetyCertificateOutlined />,
      label: t('nav.roles'),
      permission: 'roles:manage',
    },
    { key: '/admin/teams', icon: <TeamOutlined />, label: t('nav.teams'), permission: 'teams:manage' },
    { key: '/admin/audit', icon: <AuditOutlined />, label: t('nav.audit'), permission: 'audit:read' },
  ];
  const personal: NavItem[] = [
    { key: '/settings/tokens', icon: <KeyOutlined />, label: t('nav.tokens'), permission: 'tokens:own' },
    {
      key: '/settings/security',
      icon: <SafetyOutlined />,
      label: t('security.personalNav'),
      permission: 'tokens:own',
    },
  ];
  const visible = (items: NavItem[]) =>
    items
      .filter((i) => !i.permission || can(i.permission))
      .map(({ key, icon, label }) => ({ key, icon, label }));
  const adminItems = visible(admin);
  const personalItems = visible(personal);
  const items: MenuProps['items'] = [
    ...visible(main),
    ...(adminItems.length
      ? [{ type: 'group' as const, key: 'admin', label: t('nav.admin'), children: adminItems }]
      : []),
    ...(personalItems.length
      ? [{ type: 'group' as const, key: 'personal', label: t('nav.personal'), children: personalItems }]
      : []),
  ];
  const all = [...main, ...admin, ...personal];
  const selected = all
    .filter((i) => (i.key === '/' ? location.pathname === '/' : location.pathname.startsWith(i.key)))
    .map((i) => i.key);

  const signOut = async () => {
    await logout().catch(() => undefined);
    qc.clear();
    navigate('/login', { replace: true });
  };

  const roleLabel = me ? t(`roleNames.${me.role}`, { defaultValue: me.role }) : '';
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        collapsible
        breakpoint="lg"
        collapsed={collapsed}
        onCollapse={setCollapsed}
        theme="light"
        width={216}
        style={{ borderRight: `1px solid ${token.colorBorderSecondary}` }}
      >
        <Flex
          align="center"
          justify={collapsed ? 'center' : 'flex-start'}
          gap={8}
          style={{ height: 56, padding: collapsed ? 0 : '0 20px' }}
        >
          <div
            style={{ width: 24, height: 24, borderRadius: 6, background: token.colorPrimary, flex: 'none' }}
          />
          {!collapsed && (
            <Typography.Text strong style={{ fontSize: 16 }}>
              {t('app.name')}
            </Typography.Text>
          )}
        </Flex>
        <Menu
          mode="inline"
          items={items}
          selectedKeys={selected}
          onClick={(e) => navigate(e.key)}
          style={{ borderInlineEnd: 'none' }}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            padding: '0 24px',
            height: 56,
            lineHeight: '56px',
          }}
        >
          <Flex justify="flex-end" align="center" gap={16} style={{ height: '100%' }}>
            <NotificationBell />
            <LanguageSwitch signedIn />
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'logout', icon: <LogoutOutlined />, label: t('layout.logout'), onClick: signOut },
                ],
              }}
            >
              <Flex
                align="center"
                gap={8}
                style={{ cursor: 'pointer' }}
                role="button"
                aria-label={t('layout.account')}
                data-testid="account-menu"
              >
                <Avatar size="small" icon={<UserOutlined />} />
                <Flex vertical style={{ lineHeight: 1.25 }}>
                  <Typography.Text strong>{me?.displayName}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {roleLabel}
                  </Typography.Text>
                </Flex>
                <DownOutlined style={{ fontSize: 10 }} />
              </Flex>
            </Dropdown>
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<Spin style={{ display: 'block', margin: '80px auto' }} />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
