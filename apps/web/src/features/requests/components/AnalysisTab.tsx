/** Case tracking: analysis, workaround, permanent fix, customer verification, closing summary, knowledge draft. */
import { App, Button, Card, Col, Divider, Form, Input, Row, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../components/FormErrors';
import { useCan } from '../../auth/useAuth';
import { useVersions } from '../../products/products.api';
import { useKnowledgeDraft, useSaveAnalysis } from '../casework.api';
import {
  type AnalysisInput,
  type RequestDetail,
  rootCauseCategories,
  verificationStatuses,
} from '../requests.types';
import { useActionError } from '../useActionError';

const fields = [
  'rootCauseCategory',
  'analysisNotes',
  'workaround',
  'fixDescription',
  'fixVersionId',
  'verificationStatus',
  'verificationNote',
  'closingCause',
  'closingSolution',
  'closingPrevention',
] as const;

function KnowledgeDraft({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const hasSummary = !!(request.closingCause || request.closingSolution || request.closingPrevention);
  const { data } = useKnowledgeDraft(request.id, hasSummary);
  return (
    <Card size="small" title={t('requests.analysis.knowledge')} data-testid="knowledge-draft">
      <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
        {t('requests.analysis.knowledgeHint')}
      </Typography.Paragraph>
      {!hasSummary || !data ? (
        <Typography.Text type="secondary">{t('requests.analysis.knowledgeEmpty')}</Typography.Text>
      ) : (
        <>
          <Typography.Title level={5}>{data.title}</Typography.Title>
          {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the server sanitizes the draft with the reply allow-list */}
          <div className="aftercare-entry-body" dangerouslySetInnerHTML={{ __html: data.body }} />
        </>
      )}
    </Card>
  );
}

export function AnalysisTab({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const save = useSaveAnalysis();
  const onError = useActionError(request.id);
  const versions = useVersions(request.productId ?? undefined);
  const [form] = Form.useForm<AnalysisInput>();
  const editable = can('requests:update');
  const initial = Object.fromEntries(fields.map((f) => [f, request[f] ?? undefined])) as AnalysisInput;

  const submit = async (v: AnalysisInput) => {
    // Partial updates are fine; empty fields are sent as null so they can be cleared.
    const body = Object.fromEntries(
      fields.map((f) => [f, typeof v[f] === 'string' ? (v[f] as string).trim() || null : (v[f] ?? null)]),
    ) as AnalysisInput;
    try {
      await save.mutateAsync({ request, body });
      message.success(t('requests.analysis.saved'));
    } catch (err) {
      if (!applyFieldErrors(form, err, [...fields])) onError(err);
    }
  };
  const area = (name: (typeof fields)[number], label: string, rows = 3) => (
    <Form.Item name={name} label={label}>
      <Input.TextArea rows={rows} maxLength={10000} disabled={!editable} />
    </Form.Item>
  );

  return (
    <Row gutter={16}>
      <Col xs={24} xl={16}>
        <Form<AnalysisInput>
          key={request.version}
          form={form}
          layout="vertical"
          initialValues={initial}
          onFinish={submit}
          data-testid="analysis-form"
        >
          <Divider titlePlacement="start">{t('requests.analysis.rootCause')}</Divider>
          <Form.Item name="rootCauseCategory" label={t('requests.analysis.rootCauseCategory')}>
            <Select
              allowClear
              disabled={!editable}
              options={rootCauseCategories.map((c) => ({
                value: c,
                label: t(`requests.analysis.rootCauses.${c}`),
              }))}
              style={{ maxWidth: 240 }}
            />
          </Form.Item>
          {area('analysisNotes', t('requests.analysis.analysisNotes'), 4)}
          {area('workaround', t('requests.analysis.workaround'))}
          <Divider titlePlacement="start">{t('requests.analysis.fix')}</Divider>
          {area('fixDescription', t('requests.analysis.fixDescription'))}
          <Form.Item name="fixVersionId" label={t('requests.analysis.fixVersion')}>
            <Select
              allowClear
              disabled={!editable || !request.productId}
              options={(versions.data?.items ?? []).map((v) => ({ value: v.id, label: v.name }))}
              style={{ maxWidth: 240 }}
            />
          </Form.Item>
          <Divider titlePlacement="start">{t('requests.analysis.verification')}</Divider>
          <Form.Item name="verificationStatus" label={t('requests.analysis.verificationStatus')}>
            <Select
              allowClear
              disabled={!editable}
              options={verificationStatuses.map((s) => ({
                value: s,
                label: t(`requests.analysis.verificationStatuses.${s}`),
              }))}
              style={{ maxWidth: 240 }}
            />
          </Form.Item>
          {area('verificationNote', t('requests.analysis.verificationNote'), 2)}
          <Divider titlePlacement="start">{t('requests.analysis.closing')}</Divider>
          {area('closingCause', t('requests.analysis.closingCause'), 2)}
          {area('closingSolution', t('requests.analysis.closingSolution'), 2)}
          {area('closingPrevention', t('requests.analysis.closingPrevention'), 2)}
          {editable && (
            <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="analysis-save">
              {t('common.save')}
            </Button>
          )}
        </Form>
      </Col>
      <Col xs={24} xl={8}>
        <KnowledgeDraft request={request} />
      </Col>
    </Row>
  );
}
