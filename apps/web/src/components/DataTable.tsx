/**
 * Every table of the web app goes through this wrapper (issue 9: 受理时间, 合同期 and 最近登录 were
 * clipped under a fixed actions column at 1440 px). A table is as wide as its content
 * (`scroll.x = 'max-content'`): it fits, or it scrolls sideways — a fixed pixel width smaller than the
 * columns squeezed them. No column is fixed to the right: on a table wider than the page a right-fixed
 * column covers the columns before it until one scrolls, which is exactly the clipping; the identifying
 * column may stay fixed on the left, where it covers nothing at rest.
 */
import { Table, type TableProps } from 'antd';
import type { AnyObject } from 'antd/es/_util/type';

type Columns<T> = NonNullable<TableProps<T>['columns']>;

function unfixRight<T>(columns: Columns<T>): Columns<T> {
  return columns.map((c) => {
    const children = 'children' in c && c.children ? { children: unfixRight(c.children) } : {};
    return c.fixed === 'right' || c.fixed === true
      ? { ...c, ...children, fixed: undefined }
      : { ...c, ...children };
  });
}

function DataTableOf<T extends AnyObject>(props: TableProps<T>) {
  const { columns, scroll, ...rest } = props;
  return (
    <Table<T>
      {...rest}
      {...(columns ? { columns: unfixRight(columns) } : {})}
      scroll={{ ...scroll, x: 'max-content' }}
    />
  );
}

export const DataTable = Object.assign(DataTableOf, { Summary: Table.Summary });
