/**
 * /requests/import — historical import from an old system (requests:import).
 * The CSV is read in the browser (requests.csv.ts), checked by the server in a
 * dry run (chunks of at most 1000 rows, with progress), and committed only
 * when every row is fine. The server commits one call all-or-nothing; several
 * calls cannot be one transaction, so a commit is limited to one call's 1000
 * rows instead of leaving a half-imported file behind when a later call fails.
 */
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Progress, Result, Space, Typography, Upload } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ImportResultsTable, type RowReport, type ServerOutcome } from '../components/ImportResultsTable';
import { importRequests, requestKeys } from '../requests.api';
import { importTemplate, type ParsedFile, readImportFile } from '../requests.csv';

/** The API's limit of rows per call, and so the largest file a commit can take at once. */
const IMPORT_CHUNK = 1000;

type Phase = 'idle' | 'checking' | 'checked' | 'committing' | 'done';

function downloadTemplate() {
  const url = URL.createObjectURL(new Blob([importTemplate()], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = 'requests-import-template.csv';
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Field errors of a rejected call (paths body.rows.N.field), by row index within that call. */
function rejectedRows(err: unknown): Map<number, ServerOutcome> {
  const out = new Map<number, ServerOutcome>();
  if (!(err instanceof ApiError)) return out;
  for (const e of err.errors) {
    const at = e.path.indexOf('rows');
    const index = at >= 0 ? e.path[at + 1] : undefined;
    if (typeof index !== 'number') continue;
    const entry = out.get(index) ?? { errors: [] };
    entry.errors.push({ column: String(e.path[at + 2] ?? ''), message: e.message });
    out.set(index, entry);
  }
  return out;
}

export default function RequestImportPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [fileName, setFileName] = useState<string | null>(null);
  const [file, setFile] = useState<ParsedFile | null>(null);
  const [readError, setReadError] = useState<string | null>(null);
  const [outcomes, setOutcomes] = useState<(ServerOutcome | undefined)[]>([]);
  const [phase, setPhase] = useState<Phase>('idle');
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [error, setError] = useState<unknown>(null);
  const [imported, setImported] = useState(0);

  const reports: RowReport[] = useMemo(
    () =>
      (file?.rows ?? []).map((row, i) => {
        const server = outcomes[i];
        const status = row.issues.length
          ? 'error'
          : !server
            ? 'unchecked'
            : server.errors.length || !server.result?.ok
              ? 'error'
              : 'ok';
        return { row, server, status };
      }),
    [file, outcomes],
  );
  const counts = {
    total: reports.length,
    ok: reports.filter((r) => r.status === 'ok').length,
    errors: reports.filter((r) => r.status === 'error').length,
    breached: reports.filter(
      (r) => r.server?.result?.responseBreached || r.server?.result?.resolutionBreached,
    ).length,
  };
  const fileProblem = !!file && (file.missingColumns.length > 0 || file.rows.length === 0);
  const tooMany = counts.total > IMPORT_CHUNK;
  const canCommit = phase === 'checked' && counts.total > 0 && counts.ok === counts.total && !tooMany;

  const pick = async (f: File) => {
    setPhase('idle');
    setOutcomes([]);
    setError(null);
    setReadError(null);
    setFileName(f.name);
    try {
      // fatal: a GBK file saved by an old Excel must be refused, not imported as mojibake.
      const text = new TextDecoder('utf-8', { fatal: true }).decode(await f.arrayBuffer());
      setFile(readImportFile(text));
    } catch {
      setFile(null);
      setReadError(t('requests.import.notUtf8'));
    }
  };

  /** Sends the rows the browser could read, chunk by chunk; returns whether every call succeeded. */
  const run = async (dryRun: boolean) => {
    if (!file) return false;
    const sendable = file.rows.flatMap((r, i) => (r.input ? [i] : []));
    const chunks: number[][] = [];
    for (let i = 0; i < sendable.length; i += IMPORT_CHUNK) chunks.push(sendable.slice(i, i + IMPORT_CHUNK));
    const next: (ServerOutcome | undefined)[] = [];
    let failed = false;
    setError(null);
    setProgress({ done: 0, total: chunks.length });
    for (const [k, chunk] of chunks.entries()) {
      try {
        const res = await importRequests(
          chunk.map((i) => file.rows[i]!.input),
          dryRun,
        );
        for (const r of res.rows) {
          next[chunk[r.index]!] = {
            result: r,
            errors: r.errors.map((e) => ({ column: String(e.path[0] ?? ''), message: e.message })),
          };
        }
        if (!dryRun) setImported(res.imported);
      } catch (err) {
        failed = true;
        setError(err);
        for (const [index, outcome] of rejectedRows(err)) next[chunk[index]!] = outcome;
        // A dry run goes on so the report covers the whole file; anything else stops here.
        if (!dryRun || !(err instanceof ApiError) || err.status !== 400) break;
      }
      setProgress({ done: k + 1, total: chunks.length });
    }
    setOutcomes(next);
    return !failed;
  };

  const check = async () => {
    setPhase('checking');
    await run(true);
    setPhase('checked');
  };

  const commit = async () => {
    setPhase('committing');
    const ok = await run(false);
    if (ok) void qc.invalidateQueries({ queryKey: requestKeys.all });
    setPhase(ok ? 'done' : 'checked');
  };

  const busy = phase === 'checking' || phase === 'committing';

  return (
    <>
      <PageHeader
        title={t('requests.import.title')}
        subtitle={t('requests.import.subtitle')}
        crumbs={[{ title: t('requests.title'), to: '/requests' }, { title: t('requests.import.title') }]}
        extra={
          <Button icon={<DownloadOutlined />} onClick={downloadTemplate} data-testid="import-template">
            {t('requests.import.template')}
          </Button>
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Upload.Dragger
          accept=".csv,text/csv"
          maxCount={1}
          disabled={busy}
          beforeUpload={(f) => {
            void pick(f);
            return false;
          }}
          showUploadList={false}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">
            {fileName ? t('requests.import.chosen', { name: fileName }) : t('requests.import.drop')}
          </p>
          <p className="ant-upload-hint">{t('requests.import.hint')}</p>
        </Upload.Dragger>
        <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0, fontSize: 12 }}>
          {t('requests.import.columnsHelp')}
        </Typography.Paragraph>
      </Card>

      {readError && <Alert type="error" showIcon title={readError} style={{ marginBottom: 16 }} />}
      {file && fileProblem && (
        <Alert
          type="error"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            file.rows.length === 0
              ? t('requests.import.noRows')
              : t('requests.import.missingColumns', {
                  columns: file.missingColumns
                    .map((c) => t(`requests.import.columns.${c}`))
                    .join(t('requests.listSeparator')),
                })
          }
        />
      )}
      {file && file.unknownHeaders.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('requests.import.unknownHeaders', {
            headers: file.unknownHeaders.join(t('requests.listSeparator')),
          })}
        />
      )}

      {file && !fileProblem && (
        <Card
          title={t('requests.import.reportTitle', { count: counts.total })}
          extra={
            <Space>
              <Button
                onClick={check}
                loading={phase === 'checking'}
                disabled={busy || phase === 'done'}
                data-testid="import-check"
              >
                {t('requests.import.check')}
              </Button>
              <Button
                type="primary"
                onClick={commit}
                loading={phase === 'committing'}
                disabled={!canCommit}
                data-testid="import-commit"
              >
                {t('requests.import.commit', { count: counts.total })}
              </Button>
            </Space>
          }
        >
          {tooMany && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              title={t('requests.import.tooMany', { max: IMPORT_CHUNK, count: counts.total })}
              description={t('requests.import.tooManyWhy', { max: IMPORT_CHUNK })}
            />
          )}
          {busy && progress.total > 0 && (
            <Progress
              percent={Math.round((progress.done / progress.total) * 100)}
              status="active"
              format={() => t('requests.import.progress', progress)}
              data-testid="import-progress"
            />
          )}
          <ErrorAlert error={error} />
          {phase === 'done' ? (
            <Result
              status="success"
              title={t('requests.import.done', { count: imported })}
              subTitle={t('requests.import.doneHint')}
              extra={
                <Link to="/requests?view=all&sort=received" data-testid="import-to-console">
                  {t('requests.import.toConsole')}
                </Link>
              }
              style={{ padding: 16 }}
            />
          ) : (
            (phase === 'checked' || phase === 'committing') && (
              <Alert
                type={counts.errors ? 'error' : counts.ok === counts.total ? 'success' : 'info'}
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="import-summary"
                title={t('requests.import.summary', counts)}
                description={
                  counts.errors
                    ? t('requests.import.fixAndRetry')
                    : tooMany
                      ? undefined
                      : t('requests.import.readyHint')
                }
              />
            )
          )}
          <Flex vertical gap={8}>
            <ImportResultsTable reports={reports} />
          </Flex>
        </Card>
      )}
    </>
  );
}
