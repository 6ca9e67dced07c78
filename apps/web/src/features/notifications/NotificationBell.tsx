/** The header bell: unread count, the ten newest notifications, mark read / read all, live via SSE. */
import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Divider, Empty, Flex, List, Popover, Typography, theme } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import {
  type AppNotification,
  notificationText,
  useMarkAllRead,
  useMarkRead,
  useNotificationStream,
  useRecentNotifications,
  useUnreadCount,
} from './notifications.api';

export function NotificationBell() {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const { data: count } = useUnreadCount();
  const { data: recent, isLoading } = useRecentNotifications(open);
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  useNotificationStream();

  const unread = count?.count ?? 0;
  const openItem = (n: AppNotification) => {
    if (!n.readAt) markRead.mutate(n.id);
    if (n.link) {
      setOpen(false);
      navigate(n.link);
    }
  };

  const content = (
    <div style={{ width: 360 }} data-testid="notification-list">
      <Flex justify="space-between" align="center">
        <Typography.Text strong>{t('notifications.bell')}</Typography.Text>
        <Button
          size="small"
          type="link"
          disabled={!unread}
          loading={markAll.isPending}
          onClick={() => markAll.mutate()}
        >
          {t('notifications.readAll')}
        </Button>
      </Flex>
      <Divider style={{ margin: '8px 0' }} />
      <List<AppNotification>
        loading={isLoading}
        dataSource={recent?.items ?? []}
        style={{ maxHeight: 420, overflowY: 'auto' }}
        locale={{
          emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />,
        }}
        renderItem={(n) => {
          const text = notificationText(n);
          return (
            <List.Item
              style={{ cursor: n.link ? 'pointer' : 'default', paddingInline: 4 }}
              onClick={() => openItem(n)}
              actions={
                n.readAt
                  ? []
                  : [
                      <Button
                        key="read"
                        size="small"
                        type="link"
                        onClick={(e) => {
                          e.stopPropagation();
                          markRead.mutate(n.id);
                        }}
                      >
                        {t('notifications.markRead')}
                      </Button>,
                    ]
              }
            >
              <List.Item.Meta
                avatar={<Badge dot={!n.readAt} />}
                title={<Typography.Text strong={!n.readAt}>{text.title}</Typography.Text>}
                description={
                  <>
                    {text.body && <div style={{ color: token.colorText }}>{text.body}</div>}
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {dayjs(n.createdAt).format('YYYY-MM-DD HH:mm')}
                    </Typography.Text>
                  </>
                }
              />
            </List.Item>
          );
        }}
      />
    </div>
  );

  return (
    <Popover content={content} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Badge count={unread} size="small" overflowCount={99}>
        <Button
          type="text"
          shape="circle"
          icon={<BellOutlined style={{ fontSize: 18 }} />}
          aria-label={`${t('notifications.bell')}${unread ? ` (${t('notifications.unread', { count: unread })})` : ''}`}
          data-testid="notification-bell"
        />
      </Badge>
    </Popover>
  );
}
