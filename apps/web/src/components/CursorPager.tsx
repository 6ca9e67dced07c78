import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Keyset pagination state: the API only hands out the next cursor, so the
 * cursors of the pages already seen are kept to go back.
 */
export function useCursorPages() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const cursor = stack[stack.length - 1] ?? null;
  const next = useCallback((nextCursor: string) => setStack((s) => [...s, nextCursor]), []);
  const prev = useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []);
  const reset = useCallback(() => setStack([null]), []);
  return { cursor, page: stack.length, next, prev, reset };
}

export function CursorPager({
  page,
  nextCursor,
  onPrev,
  onNext,
  loading,
}: {
  page: number;
  nextCursor: string | null | undefined;
  onPrev: () => void;
  onNext: (cursor: string) => void;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end" align="center" gap={8} style={{ marginTop: 16 }}>
      <Typography.Text type="secondary">{t('pager.page', { page })}</Typography.Text>
      <Button icon={<LeftOutlined />} disabled={page <= 1 || loading} onClick={onPrev}>
        {t('pager.prev')}
      </Button>
      <Button disabled={!nextCursor || loading} onClick={() => nextCursor && onNext(nextCursor)}>
        {t('pager.next')}
        <RightOutlined />
      </Button>
    </Flex>
  );
}
