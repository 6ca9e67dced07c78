import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Skeleton,
  Tag,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { allFieldErrorsPlaced, applyFieldErrors } from '../../../components/FormErrors';
import { NotFound } from '../../../components/NotFound';
import { PageHeader } from '../../../components/PageHeader';
import { useCan } from '../../auth/useAuth';
import { useCalendars } from '../../calendars/calendars.api';
import { TargetsTable } from '../components/TargetsTable';
import { VersionHistory } from '../components/VersionHistory';
import { usePolicy, useSavePolicy } from '../sla.api';
import { hoursToMinutes, minutesToHours } from '../sla.format';
import { type Policy, severities, type Targets } from '../sla.types';

/** Form values: same shape as the API body, but the targets hold hours. */
interface Values {
  name: string;
  description?: string | null;
  calendarId: string;
  warningPercent: number;
  targets: Record<
    string,
    {
      responseMinutes: number | null;
      resolutionMinutes: number | null;
      responseCalendarId?: string | null;
      resolutionCalendarId?: string | null;
    }
  >;
}

const fields = ['name', 'description', 'calendarId', 'warningPercent', 'targets'];

const mapTargets = (targets: Values['targets'] | Targets, f: (n: number | null) => number | null): Targets =>
  Object.fromEntries(
    severities.map((s) => [
      s,
      {
        responseMinutes: f(targets[s]?.responseMinutes ?? null),
        resolutionMinutes: f(targets[s]?.resolutionMinutes ?? null),
        // A target's own calendar ("L1: 7×24"); none = the policy's calendar.
        responseCalendarId: targets[s]?.responseCalendarId ?? null,
        resolutionCalendarId: targets[s]?.resolutionCalendarId ?? null,
      },
    ]),
  ) as Targets;

/** The spec's default table: L1 2h/4h, L2 4h/12h, L3 12h/24h, L4 24h/as agreed. */
const defaults: Targets = {
  L1: { responseMinutes: 120, resolutionMinutes: 240 },
  L2: { responseMinutes: 240, resolutionMinutes: 720 },
  L3: { responseMinutes: 720, resolutionMinutes: 1440 },
  L4: { responseMinutes: 1440, resolutionMinutes: null },
};

export default function SlaPolicyEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { data: policy, isLoading, error } = usePolicy(id);
  if (id && isLoading) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (error instanceof ApiError && (error.status === 404 || error.status === 400))
    return <NotFound message={t('sla.notFound')} />;
  if (id && !policy) return <ErrorAlert error={error} />;
  return <PolicyEditor key={policy?.version ?? 'new'} policy={policy} />;
}

function PolicyEditor({ policy }: { policy?: Policy }) {
  const { t } = useTranslation();
  const can = useCan();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const calendars = useCalendars();
  const save = useSavePolicy();
  const [error, setError] = useState<unknown>(null);
  const manage = can('sla:manage');
  const current = policy?.current;

  const submit = async (v: Values) => {
    setError(null);
    try {
      const saved = await save.mutateAsync({
        policy,
        body: {
          name: v.name,
          description: v.description?.trim() || null,
          calendarId: v.calendarId,
          warningPercent: v.warningPercent,
          targets: mapTargets(v.targets, hoursToMinutes),
        },
      });
      message.success(policy ? t('sla.saved', { version: saved.version }) : t('sla.created'));
      if (!policy) navigate(`/sla-policies/${saved.id}`, { replace: true });
    } catch (err) {
      applyFieldErrors(form, err, fields);
      if (!allFieldErrorsPlaced(err, fields)) setError(err);
    }
  };

  return (
    <>
      <PageHeader
        crumbs={[{ title: t('sla.title'), to: '/sla-policies' }, { title: policy?.name ?? t('sla.new') }]}
        title={policy?.name ?? t('sla.new')}
        tags={
          policy && (
            <Flex gap={4}>
              <Tag color="blue">v{policy.version}</Tag>
              {policy.builtinKey && <Tag>{t('sla.builtin')}</Tag>}
            </Flex>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={policy ? 15 : 24}>
          <Card>
            {policy && manage && (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                title={t('sla.newVersionNotice', { next: policy.version + 1 })}
              />
            )}
            <ErrorAlert error={error} />
            <Form<Values>
              form={form}
              layout="vertical"
              disabled={!manage}
              onFinish={submit}
              initialValues={{
                name: current?.name ?? '',
                description: current?.description ?? '',
                calendarId: current?.calendarId,
                warningPercent: current?.warningPercent ?? 75,
                targets: mapTargets(current?.targets ?? defaults, minutesToHours),
              }}
            >
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="name"
                    label={t('sla.fields.name')}
                    rules={[{ required: true, whitespace: true, message: t('common.required') }]}
                  >
                    <Input maxLength={200} autoFocus={!policy} />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name="calendarId"
                    label={t('sla.fields.calendar')}
                    rules={[{ required: true, message: t('common.required') }]}
                  >
                    <Select
                      loading={calendars.isLoading}
                      options={(calendars.data ?? []).map((c) => ({
                        value: c.id,
                        label: `${c.name} · ${c.timeZone}`,
                      }))}
                    />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="description" label={t('sla.fields.description')}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              <Form.Item
                name="warningPercent"
                label={t('sla.fields.warningPercent')}
                extra={t('sla.fields.warningHint')}
                rules={[{ required: true, message: t('common.required') }]}
              >
                <InputNumber min={1} max={99} precision={0} suffix="%" style={{ width: 120 }} />
              </Form.Item>
              <Form.Item label={t('sla.title')} extra={t('sla.noneHint')} style={{ marginBottom: 16 }}>
                <TargetsTable editable />
              </Form.Item>
              {manage && (
                <Flex gap={8}>
                  <Button type="primary" htmlType="submit" loading={save.isPending}>
                    {t('common.save')}
                  </Button>
                  <Button htmlType="button" onClick={() => navigate('/sla-policies')}>
                    {t('common.back')}
                  </Button>
                </Flex>
              )}
            </Form>
          </Card>
        </Col>
        {policy && (
          <Col xs={24} xl={9}>
            <Card title={t('sla.versions.title')}>
              <VersionHistory policy={policy} />
            </Card>
          </Col>
        )}
      </Row>
    </>
  );
}
