import { Button, type ButtonProps, Popconfirm } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** A button that asks before doing something destructive or hard to undo. */
export function ConfirmButton({
  confirm,
  onConfirm,
  okText,
  children,
  ...button
}: ButtonProps & { confirm: ReactNode; onConfirm: () => unknown; okText?: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Popconfirm
      title={confirm}
      okText={okText ?? t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: button.danger }}
      onConfirm={() => onConfirm()}
    >
      <Button {...button}>{children}</Button>
    </Popconfirm>
  );
}
