/**
 * The per-row report of a historical import: what the browser read, whether
 * the row is fine, and — after the server's dry run — the due times computed
 * as if the request had been received then, breach flags and coverage.
 */
import { type TableColumnType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import type { ParsedRow } from '../requests.csv';
import type { ImportRowResult } from '../requests.types';
import { CoverageTag, SeverityTag } from './RequestTags';

/** The server's word on one row: its result, or the field errors of a rejected call. */
export interface ServerOutcome {
  result?: ImportRowResult;
  errors: { column: string; message: string }[];
}

export interface RowReport {
  row: ParsedRow;
  server: ServerOutcome | undefined;
  status: 'ok' | 'error' | 'unchecked';
}

/** The server speaks English; the messages it is known to send get a translation. */
const serverMessages: Record<string, string> = {
  'No such customer': 'noCustomer',
  'Several customers have this name': 'ambiguousCustomer',
  'This request number is already used': 'numberTaken',
  'Must not be before receivedAt': 'beforeReceived',
  'Must not be before resolvedAt': 'beforeResolved',
  'customerId or customerName is required': 'customerRequired',
};

dayjs.extend(utc);
dayjs.extend(timezone);

/** Shown in the zone the file's times without an offset are read in, so they match the file. */
const time = (iso: string | null | undefined) =>
  iso ? dayjs(iso).tz('Asia/Shanghai').format('YYYY-MM-DD HH:mm') : '—';

export function ImportResultsTable({ reports }: { reports: RowReport[] }) {
  const { t } = useTranslation();
  const column = (c: string) => t(`requests.import.columns.${c}`, { defaultValue: c });

  const problems = (r: RowReport) => [
    ...r.row.issues.map((i) =>
      t('requests.import.problemItem', {
        column: column(i.column),
        message: t(`requests.import.errors.${i.code}`),
      }),
    ),
    ...(r.server?.errors ?? []).map((e) => {
      const key = serverMessages[e.message];
      const message = key ? t(`requests.import.serverErrors.${key}`) : e.message;
      return t('requests.import.problemItem', { column: column(e.column), message });
    }),
  ];

  const breach = (r: RowReport, which: 'response' | 'resolution') => {
    const result = r.server?.result;
    if (!result?.ok) return '—';
    // "Met" needs the time it was met; a clock still running is only "not breached yet".
    const done = which === 'response' ? r.row.input?.firstResponseAt : r.row.input?.resolvedAt;
    const due = which === 'response' ? result.responseDueAt : result.resolutionDueAt;
    const breached = which === 'response' ? result.responseBreached : result.resolutionBreached;
    return (
      <span>
        {time(due)}{' '}
        {due &&
          (breached ? (
            <Tag color="red" data-testid={`import-breach-${which}`}>
              {t('requests.import.breached')}
            </Tag>
          ) : (
            done && <Tag color="green">{t('requests.import.met')}</Tag>
          ))}
      </span>
    );
  };

  // Only a file with problems spends width on them; a clean one shows its due times instead.
  const anyProblems = reports.some((r) => r.status === 'error');
  const problemsColumn: TableColumnType<RowReport> = {
    title: t('requests.import.problems'),
    width: 220,
    render: (_, r) => {
      const list = problems(r);
      return list.length ? (
        <Typography.Text type="danger" data-testid="import-row-problems">
          {list.map((p) => (
            <div key={p}>{p}</div>
          ))}
        </Typography.Text>
      ) : null;
    },
  };

  return (
    <DataTable<RowReport>
      size="small"
      rowKey={(r) => r.row.line}
      dataSource={reports}
      pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 1200 }}
      data-testid="import-results"
      onRow={(r) => ({ 'data-testid': `import-row-${r.row.line}` }) as React.HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('requests.import.row'), width: 56, fixed: 'left', render: (_, r) => r.row.line },
        {
          title: t('requests.import.result'),
          width: 150,
          fixed: 'left',
          render: (_, r) =>
            r.status === 'ok' ? (
              <Tag color="green" data-testid="import-row-ok">
                {r.server?.result?.id ? r.server.result.number : t('requests.import.ok')}
              </Tag>
            ) : r.status === 'error' ? (
              <Tag color="red" data-testid="import-row-error">
                {t('requests.import.error')}
              </Tag>
            ) : (
              <Tag>{t('requests.import.unchecked')}</Tag>
            ),
        },
        ...(anyProblems ? [problemsColumn] : []),
        {
          title: column('customerName'),
          width: 140,
          ellipsis: true,
          render: (_, r) => r.row.values.customerName || r.row.values.customerId || '—',
        },
        { title: column('subject'), width: 180, ellipsis: true, render: (_, r) => r.row.values.subject },
        {
          title: column('severity'),
          width: 80,
          render: (_, r) =>
            r.row.input ? <SeverityTag severity={r.row.input.severity} /> : r.row.values.severity,
        },
        {
          title: column('receivedAt'),
          width: 130,
          render: (_, r) => (r.row.input ? time(r.row.input.receivedAt) : r.row.values.receivedAt),
        },
        {
          title: t('requests.import.responseDue'),
          width: 175,
          render: (_, r) => breach(r, 'response'),
        },
        {
          title: t('requests.import.resolutionDue'),
          width: 175,
          render: (_, r) => breach(r, 'resolution'),
        },
        {
          title: t('requests.import.coverage'),
          width: 90,
          render: (_, r) =>
            r.server?.result?.coverage ? <CoverageTag coverage={r.server.result.coverage} /> : '—',
        },
      ]}
    />
  );
}
