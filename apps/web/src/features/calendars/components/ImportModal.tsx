import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Form, Input, InputNumber, Modal, Radio, Tag, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { useImportYear } from '../calendars.api';
import type { ImportReport, SpecialDay } from '../calendars.types';

interface Values {
  format: 'json' | 'ics' | 'notice';
  year?: number | null;
  content: string;
}

const dayText = (d: SpecialDay) => `${d.date}${d.name ? ` ${d.name}` : ''}`;

/** What pasted text is: a JSON year document, an iCalendar feed, or the State Council notice. */
function detect(text: string): { format: Values['format']; year?: number } {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return { format: 'json' };
  if (/BEGIN:VCALENDAR/i.test(trimmed)) return { format: 'ics' };
  const titled = /(\d{4})\s*年\s*(?:部分)?节假日/.exec(trimmed);
  return { format: 'notice', year: titled ? Number(titled[1]) : undefined };
}

/**
 * Imports one year of holidays and make-up days: a dry run shows what would
 * be added, changed and removed; only "apply" writes. Pasting text (the State
 * Council notice, JSON or .ics) recognises its format and year and previews at
 * once, so loading next year is paste + one click.
 */
export function ImportModal({ calendarId, onClose }: { calendarId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const run = useImportYear(calendarId);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const file = useRef<HTMLInputElement>(null);
  const pasted = useRef(false);

  const submit = async (dryRun: boolean) => {
    const v = await form.validateFields();
    setError(null);
    try {
      const r = await run.mutateAsync({
        format: v.format,
        content: v.content,
        year: v.year ?? undefined,
        dryRun,
      });
      if (dryRun) setReport(r);
      else {
        message.success(
          t('calendars.import.applied', {
            year: r.year,
            added: r.added.length,
            changed: r.changed.length,
            removed: r.removed.length,
          }),
        );
        onClose();
      }
    } catch (err) {
      setError(err);
      setReport(null);
    }
  };

  const pick = async (f: File | undefined) => {
    if (!f) return;
    const text = await f.text();
    form.setFieldsValue({ content: text, format: /\.ics$/i.test(f.name) ? 'ics' : 'json' });
    setReport(null);
  };

  const onValuesChange = (changed: Partial<Values>) => {
    setReport(null);
    if (typeof changed.content !== 'string' || !pasted.current) return;
    pasted.current = false;
    const found = detect(changed.content);
    form.setFieldsValue(found.year ? found : { format: found.format });
    message.info(t('calendars.import.pasted', { format: t(`calendars.import.${found.format}`) }));
    // After the form has taken the detected values.
    setTimeout(() => void submit(true), 0);
  };

  const changes = report ? report.added.length + report.changed.length + report.removed.length : 0;
  return (
    <Modal
      open
      width={720}
      title={t('calendars.import.title')}
      onCancel={onClose}
      maskClosable={false}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button loading={run.isPending && run.variables?.dryRun} onClick={() => void submit(true)}>
            {t('calendars.import.preview')}
          </Button>
          <Button
            type="primary"
            disabled={!report || changes === 0}
            loading={run.isPending && run.variables?.dryRun === false}
            onClick={() => void submit(false)}
          >
            {t('calendars.import.apply')}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={error} />
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ format: 'notice', year: new Date().getFullYear() + 1 }}
        onValuesChange={onValuesChange}
      >
        <Flex gap={16} wrap>
          <Form.Item name="format" label={t('calendars.import.format')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'notice', label: t('calendars.import.notice') },
                { value: 'json', label: t('calendars.import.json') },
                { value: 'ics', label: t('calendars.import.ics') },
              ]}
            />
          </Form.Item>
          <Form.Item name="year" label={t('calendars.import.year')} extra={t('calendars.import.yearHint')}>
            <InputNumber min={1970} max={2999} precision={0} style={{ width: 120 }} />
          </Form.Item>
          <Form.Item label=" ">
            <Button icon={<UploadOutlined />} onClick={() => file.current?.click()}>
              {t('calendars.import.file')}
            </Button>
            <input
              ref={file}
              type="file"
              accept=".json,.ics,application/json,text/calendar"
              style={{ display: 'none' }}
              onChange={(e) => void pick(e.target.files?.[0])}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="content"
          label={t('calendars.import.content')}
          rules={[{ required: true, whitespace: true, message: t('common.required') }]}
        >
          <Input.TextArea
            rows={8}
            onPaste={() => {
              pasted.current = true;
            }}
            placeholder={t('calendars.import.contentPlaceholder')}
            style={{ fontFamily: 'monospace', fontSize: 12 }}
          />
        </Form.Item>
      </Form>
      {report && (
        <div data-testid="import-report">
          <Alert
            type={changes ? 'warning' : 'info'}
            showIcon
            title={t('calendars.import.report', {
              year: report.year,
              added: report.added.length,
              changed: report.changed.length,
              removed: report.removed.length,
              unchanged: report.unchanged,
            })}
            description={changes ? t('calendars.import.replaceWarning') : t('calendars.import.nothing')}
            style={{ marginBottom: 12 }}
          />
          <ChangeGroup color="green" label={t('calendars.import.added')} items={report.added.map(dayText)} />
          <ChangeGroup
            color="gold"
            label={t('calendars.import.changed')}
            items={report.changed.map(
              (c) =>
                `${c.date}: ${c.before.kind}${c.before.name ? ` ${c.before.name}` : ''} → ${c.after.kind}${c.after.name ? ` ${c.after.name}` : ''}`,
            )}
          />
          <ChangeGroup
            color="red"
            label={t('calendars.import.removed')}
            items={report.removed.map(dayText)}
          />
        </div>
      )}
    </Modal>
  );
}

function ChangeGroup({ color, label, items }: { color: string; label: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <div style={{ marginBottom: 8 }}>
      <Typography.Text strong>
        {label} ({items.length})
      </Typography.Text>
      <Flex gap={4} wrap style={{ marginTop: 4, maxHeight: 120, overflow: 'auto' }}>
        {items.map((i) => (
          <Tag key={i} color={color} style={{ marginInlineEnd: 0 }}>
            {i}
          </Tag>
        ))}
      </Flex>
    </div>
  );
}
