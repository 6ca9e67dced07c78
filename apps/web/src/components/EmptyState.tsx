import { Empty } from 'antd';
import type { ReactNode } from 'react';

/** The neutral "nothing here yet" block used by lists and not-yet-built sections. */
export function EmptyState({ description, children }: { description: ReactNode; children?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={description} style={{ padding: '24px 0' }}>
      {children}
    </Empty>
  );
}
