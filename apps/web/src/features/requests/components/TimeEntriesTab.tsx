/** Time entries of a request: the list with totals, and a small form to log minutes. */
import { DeleteOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  DatePicker,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Switch,
  Tag,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/DataTable';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { applyFieldErrors } from '../../../components/FormErrors';
import { useCan, useMe } from '../../auth/useAuth';
import { useAddTimeEntry, useDeleteTimeEntry, useTimeEntries } from '../casework.api';
import { formatMinutes } from '../requests.format';
import type { RequestDetail, TimeEntry } from '../requests.types';
import { useActionError } from '../useActionError';
import { useUnits } from './SlaCountdown';

interface Values {
  minutes: number;
  billable: boolean;
  note?: string;
  workDate?: Dayjs;
}

export function TimeEntriesTab({ request }: { request: RequestDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const can = useCan();
  const { me } = useMe();
  const units = useUnits();
  const list = useTimeEntries(request.id);
  const add = useAddTimeEntry(request.id);
  const remove = useDeleteTimeEntry(request.id);
  const onError = useActionError(request.id);
  const [form] = Form.useForm<Values>();
  const editable = can('requests:update');

  const submit = async (v: Values) => {
    try {
      await add.mutateAsync({
        minutes: v.minutes,
        billable: v.billable,
        note: v.note?.trim() || undefined,
        workDate: v.workDate ? v.workDate.format('YYYY-MM-DD') : undefined,
      });
      form.resetFields();
      message.success(t('requests.time.added'));
    } catch (err) {
      if (!applyFieldErrors(form, err, ['minutes', 'billable', 'note', 'workDate'])) onError(err);
    }
  };
  const totals = list.data?.totals;

  return (
    <>
      {editable && (
        <Form<Values>
          form={form}
          layout="inline"
          onFinish={submit}
          initialValues={{ billable: request.coverage === 'billable', workDate: dayjs() }}
          style={{ marginBottom: 16, rowGap: 8 }}
          data-testid="time-form"
        >
          <Form.Item
            name="minutes"
            label={t('requests.time.minutes')}
            rules={[
              { required: true, message: t('common.required') },
              // No min/max/precision on the input: those silently clamp or round ("-5" became 1).
              // An out-of-range or fractional value stays as typed and is refused with a message.
              { type: 'integer', min: 1, max: 1440, message: t('requests.time.minutesRange') },
            ]}
          >
            <InputNumber style={{ width: 100 }} data-testid="time-minutes" />
          </Form.Item>
          <Form.Item name="workDate" label={t('requests.time.workDate')}>
            <DatePicker allowClear={false} />
          </Form.Item>
          <Form.Item name="billable" label={t('requests.time.billable')} valuePropName="checked">
            <Switch />
          </Form.Item>
          <Form.Item name="note" label={t('requests.time.note')}>
            <Input maxLength={2000} style={{ width: 240 }} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={add.isPending} data-testid="time-add">
            {t('requests.time.add')}
          </Button>
        </Form>
      )}
      <ErrorAlert error={list.error} />
      <DataTable<TimeEntry>
        rowKey="id"
        size="small"
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        pagination={false}
        locale={{ emptyText: <EmptyState description={t('requests.time.empty')} /> }}
        columns={[
          { title: t('requests.time.workDate'), dataIndex: 'workDate', width: 120 },
          { title: t('requests.time.user'), dataIndex: 'userName', width: 140 },
          {
            title: t('requests.time.minutes'),
            dataIndex: 'minutes',
            width: 110,
            render: (m: number) => formatMinutes(m, units),
          },
          {
            title: t('requests.time.billable'),
            dataIndex: 'billable',
            width: 130,
            render: (b: boolean) => (
              <Tag color={b ? 'warning' : 'success'}>
                {b ? t('requests.time.billable') : t('requests.time.covered')}
              </Tag>
            ),
          },
          { title: t('requests.time.note'), dataIndex: 'note', render: (n: string | null) => n ?? '' },
          {
            key: 'actions',
            width: 60,
            render: (_: unknown, e) =>
              editable && (e.userId === me?.id || can('service_desk:manage')) ? (
                <Popconfirm
                  title={t('requests.time.confirmDelete')}
                  okButtonProps={{ danger: true }}
                  onConfirm={async () => {
                    try {
                      await remove.mutateAsync(e.id);
                      message.success(t('requests.time.deleted'));
                    } catch (err) {
                      onError(err);
                    }
                  }}
                >
                  <Button
                    type="text"
                    danger
                    size="small"
                    icon={<DeleteOutlined />}
                    aria-label={t('common.delete')}
                  />
                </Popconfirm>
              ) : null,
          },
        ]}
      />
      {totals && (
        <Flex justify="flex-end" style={{ marginTop: 8 }}>
          <Typography.Text strong data-testid="time-totals">
            {t('requests.time.total', {
              total: formatMinutes(totals.minutes, units),
              billable: formatMinutes(totals.billableMinutes, units),
            })}
          </Typography.Text>
        </Flex>
      )}
    </>
  );
}
