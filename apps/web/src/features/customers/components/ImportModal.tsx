import { InboxOutlined } from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Modal, Progress, Result, Space, Steps, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { commitImport, customerKeys, getImport, uploadImport } from '../customers.api';
import type { DuplicateMatch, ImportReport } from '../customers.types';

type Step = 'upload' | 'review' | 'progress';

/** Import: upload → dry-run report (row errors, possible duplicates) → confirmed commit with progress. */
export function ImportModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [step, setStep] = useState<Step>('upload');
  const [report, setReport] = useState<ImportReport | null>(null);
  const [skipDuplicates, setSkipDuplicates] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const polling = useQuery({
    queryKey: ['customers', 'import', report?.id],
    queryFn: () => getImport(report!.id),
    enabled: step === 'progress' && !!report,
    refetchInterval: (q) => {
      const status = q.state.data?.status;
      return status === 'done' || status === 'failed' ? false : 1000;
    },
  });
  const live = polling.data ?? report;
  const finished = live?.status === 'done' || live?.status === 'failed';

  const validate = async () => {
    if (!file) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await uploadImport(file));
      setStep('review');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const commit = async () => {
    if (!report) return;
    setBusy(true);
    setError(null);
    try {
      setReport(await commitImport(report.id, skipDuplicates));
      setStep('progress');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  const close = () => {
    if (live?.status === 'done') void qc.invalidateQueries({ queryKey: customerKeys.all });
    onClose();
  };

  const matchText = (matches: DuplicateMatch[]) =>
    matches
      .map((m) =>
        t('customers.import.matchItem', {
          name: m.name ?? t('customers.duplicate.hiddenName'),
          reason: t(`customers.duplicate.reasons.${m.reason}`, { score: Math.round(m.score * 100) }),
        }),
      )
      .join(t('customers.import.matchSeparator'));

  const footer =
    step === 'upload' ? (
      <Space>
        <Button onClick={close}>{t('common.cancel')}</Button>
        <Button type="primary" disabled={!file} loading={busy} onClick={validate}>
          {t('customers.import.validate')}
        </Button>
      </Space>
    ) : step === 'review' ? (
      <Space>
        <Button onClick={() => setStep('upload')}>{t('common.back')}</Button>
        <Button
          type="primary"
          disabled={!report || report.errors.length > 0 || report.totalRows === 0}
          loading={busy}
          onClick={commit}
        >
          {t('customers.import.commit')}
        </Button>
      </Space>
    ) : (
      <Button type="primary" disabled={!finished} onClick={close}>
        {t('common.close')}
      </Button>
    );

  return (
    <Modal
      open
      title={t('customers.import.title')}
      onCancel={step === 'progress' && !finished ? undefined : close}
      closable={step !== 'progress' || finished}
      maskClosable={false}
      width={760}
      footer={footer}
    >
      <Steps
        size="small"
        current={step === 'upload' ? 0 : step === 'review' ? 1 : 2}
        items={[
          { title: t('customers.import.stepUpload') },
          { title: t('customers.import.stepReview') },
          { title: t('customers.import.stepImport') },
        ]}
        style={{ margin: '16px 0 20px' }}
      />
      <ErrorAlert error={error} />
      {step === 'upload' && (
        <>
          <Upload.Dragger
            accept=".csv,.xlsx"
            maxCount={1}
            beforeUpload={(f) => {
              setFile(f);
              return false;
            }}
            onRemove={() => setFile(null)}
            fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('customers.import.drop')}</p>
            <p className="ant-upload-hint">{t('customers.import.hint')}</p>
          </Upload.Dragger>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, fontSize: 12 }}>
            {t('customers.import.columns')}
          </Typography.Paragraph>
        </>
      )}
      {step === 'review' && report && (
        <>
          <Alert
            type={report.errors.length ? 'error' : 'success'}
            showIcon
            style={{ marginBottom: 12 }}
            title={t('customers.import.summary', {
              file: report.fileName,
              total: report.totalRows,
              errors: report.errors.length,
              duplicates: report.duplicates.length,
            })}
            description={report.errors.length ? t('customers.import.fixErrors') : undefined}
          />
          {report.errors.length > 0 && (
            <DataTable
              size="small"
              rowKey={(r) => `${r.row}-${r.path.join('.')}-${r.message}`}
              dataSource={report.errors}
              pagination={{ pageSize: 8, hideOnSinglePage: true }}
              columns={[
                { title: t('customers.import.row'), dataIndex: 'row', width: 70 },
                {
                  title: t('customers.import.field'),
                  dataIndex: 'path',
                  width: 140,
                  render: (p: (string | number)[]) => {
                    const field = String(p[0] ?? '');
                    return t(`customers.import.columnNames.${field}`, {
                      defaultValue: t(`customers.fields.${field}`, { defaultValue: p.join('.') }),
                    });
                  },
                },
                { title: t('customers.import.message'), dataIndex: 'message' },
              ]}
            />
          )}
          {report.duplicates.length > 0 && (
            <>
              <Typography.Title level={5}>{t('customers.import.duplicates')}</Typography.Title>
              <DataTable
                size="small"
                rowKey="row"
                dataSource={report.duplicates}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                columns={[
                  { title: t('customers.import.row'), dataIndex: 'row', width: 70 },
                  {
                    title: t('customers.import.matches'),
                    dataIndex: 'matches',
                    render: (m: DuplicateMatch[]) => matchText(m),
                  },
                ]}
              />
              <Checkbox
                style={{ marginTop: 12 }}
                checked={skipDuplicates}
                onChange={(e) => setSkipDuplicates(e.target.checked)}
              >
                {t('customers.import.skipDuplicates')}
              </Checkbox>
            </>
          )}
          {report.unmapped.length > 0 && (
            <>
              <Typography.Title level={5} style={{ marginTop: 16 }}>
                {t('customers.import.unmapped')}
              </Typography.Title>
              <Typography.Paragraph type="secondary">
                {t('customers.import.unmappedHint')}
              </Typography.Paragraph>
              <DataTable
                size="small"
                data-testid="import-unmapped"
                rowKey={(r) => `${r.row}-${r.field}`}
                dataSource={report.unmapped}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                columns={[
                  { title: t('customers.import.row'), dataIndex: 'row', width: 70 },
                  {
                    title: t('customers.import.field'),
                    dataIndex: 'field',
                    width: 140,
                    render: (f: 'region' | 'industry') => t(`customers.fields.${f}`),
                  },
                  { title: t('customers.import.value'), dataIndex: 'value' },
                ]}
              />
            </>
          )}
        </>
      )}
      {step === 'progress' && live && (
        <>
          <Progress
            percent={live.totalRows ? Math.round((live.processedRows / live.totalRows) * 100) : 0}
            status={live.status === 'failed' ? 'exception' : live.status === 'done' ? 'success' : 'active'}
          />
          {live.status === 'done' && (
            <Result
              status="success"
              title={t('customers.import.done', { count: live.processedRows })}
              style={{ padding: 16 }}
            />
          )}
          {live.status === 'failed' && (
            <Result
              status="error"
              title={t('customers.import.failed')}
              subTitle={live.error ?? undefined}
              style={{ padding: 16 }}
            />
          )}
          <ErrorAlert error={polling.error} />
        </>
      )}
    </Modal>
  );
}
