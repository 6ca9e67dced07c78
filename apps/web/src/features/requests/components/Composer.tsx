/**
 * Reply and internal-note editor: a small toolbar over a contentEditable box
 * that produces basic HTML (the server sanitizes it with an allow-list), plus
 * attachments uploaded first and sent with the entry. No editor dependency.
 */
import {
  BoldOutlined,
  CodeOutlined,
  ItalicOutlined,
  LinkOutlined,
  LockOutlined,
  OrderedListOutlined,
  PaperClipOutlined,
  SendOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { App, Button, Flex, Segmented, Tag, Tooltip, theme, Upload } from 'antd';
import { type Ref, useImperativeHandle, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/useAuth';
import { usePostEntry, useUploadAttachment } from '../casework.api';
import type { AttachmentRef } from '../requests.types';
import { useActionError } from '../useActionError';

export type ComposerMode = 'reply' | 'note';
export interface ComposerHandle {
  open(mode: ComposerMode): void;
}

/** Whether the editor holds anything besides whitespace and empty tags. */
const isBlank = (el: HTMLElement | null) => !el || (!el.textContent?.trim() && !el.querySelector('img'));

export function Composer({ requestId, ref }: { requestId: string; ref?: Ref<ComposerHandle> }) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  const { message } = App.useApp();
  const can = useCan();
  const canReply = can('requests:reply');
  const canNote = can('requests:internal');
  const [mode, setMode] = useState<ComposerMode>(canReply ? 'reply' : 'note');
  const [attachments, setAttachments] = useState<AttachmentRef[]>([]);
  const editor = useRef<HTMLDivElement>(null);
  const reply = usePostEntry(requestId, 'replies');
  const note = usePostEntry(requestId, 'notes');
  const upload = useUploadAttachment(requestId);
  const onError = useActionError(requestId);
  const post = mode === 'reply' ? reply : note;

  useImperativeHandle(ref, () => ({
    open(next) {
      if (next === 'reply' && !canReply) return;
      if (next === 'note' && !canNote) return;
      setMode(next);
      // Focus now so the first typed keys land in the editor; again after the re-render in case it moved.
      editor.current?.focus();
      requestAnimationFrame(() => editor.current?.focus());
    },
  }));

  const exec = (command: string, value?: string) => {
    editor.current?.focus();
    document.execCommand(command, false, value);
  };
  const addLink = () => {
    const url = window.prompt(t('requests.timeline.linkPrompt'), 'https://');
    if (url && /^https?:\/\//i.test(url)) exec('createLink', url);
  };

  const send = async () => {
    const el = editor.current;
    if (isBlank(el) && !attachments.length) {
      message.warning(t('requests.timeline.emptyBody'));
      return;
    }
    try {
      await post.mutateAsync({ body: el?.innerHTML ?? '', attachmentIds: attachments.map((a) => a.id) });
      if (el) el.innerHTML = '';
      setAttachments([]);
      message.success(mode === 'reply' ? t('requests.timeline.sent') : t('requests.timeline.noteSaved'));
    } catch (err) {
      onError(err);
    }
  };

  if (!canReply && !canNote) return null;
  const internal = mode === 'note';
  const tool = (title: string, icon: React.ReactNode, onClick: () => void) => (
    <Tooltip title={title}>
      <Button
        type="text"
        size="small"
        icon={icon}
        aria-label={title}
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
      />
    </Tooltip>
  );

  return (
    <div
      style={{
        border: `1px solid ${internal ? token.colorWarningBorder : token.colorBorder}`,
        borderRadius: token.borderRadius,
        background: internal ? token.colorWarningBg : token.colorBgContainer,
        marginBottom: 16,
      }}
      data-testid="composer"
      data-mode={mode}
    >
      <Flex justify="space-between" align="center" style={{ padding: '6px 8px' }} wrap gap={8}>
        <Segmented<ComposerMode>
          value={mode}
          onChange={setMode}
          options={[
            ...(canReply ? [{ value: 'reply' as const, label: `${t('requests.actions.reply')} (r)` }] : []),
            ...(canNote
              ? [
                  {
                    value: 'note' as const,
                    label: `${t('requests.actions.note')} (n)`,
                    icon: <LockOutlined />,
                  },
                ]
              : []),
          ]}
          data-testid="composer-mode"
        />
        <Flex gap={2}>
          {tool(t('requests.timeline.bold'), <BoldOutlined />, () => exec('bold'))}
          {tool(t('requests.timeline.italic'), <ItalicOutlined />, () => exec('italic'))}
          {tool(t('requests.timeline.bulleted'), <UnorderedListOutlined />, () =>
            exec('insertUnorderedList'),
          )}
          {tool(t('requests.timeline.numbered'), <OrderedListOutlined />, () => exec('insertOrderedList'))}
          {tool(t('requests.timeline.code'), <CodeOutlined />, () => exec('formatBlock', 'pre'))}
          {tool(t('requests.timeline.link'), <LinkOutlined />, addLink)}
        </Flex>
      </Flex>
      {/* biome-ignore lint/a11y/useSemanticElements: a rich-text box has no native element */}
      <div
        ref={editor}
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        tabIndex={0}
        aria-label={internal ? t('requests.actions.note') : t('requests.actions.reply')}
        data-placeholder={
          internal ? t('requests.timeline.notePlaceholder') : t('requests.timeline.replyPlaceholder')
        }
        className="aftercare-composer"
        data-testid="composer-editor"
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void send();
          }
        }}
        style={{
          minHeight: 96,
          maxHeight: 360,
          overflowY: 'auto',
          padding: '8px 12px',
          outline: 'none',
          borderTop: `1px solid ${token.colorBorderSecondary}`,
          background: token.colorBgContainer,
        }}
      />
      <style>{`.aftercare-composer:empty::before{content:attr(data-placeholder);color:${token.colorTextPlaceholder};pointer-events:none}`}</style>
      <Flex justify="space-between" align="center" style={{ padding: 8 }} gap={8} wrap>
        <Flex gap={4} wrap align="center">
          <Upload
            showUploadList={false}
            multiple
            customRequest={async ({ file, onSuccess, onError: failed }) => {
              try {
                const a = await upload.mutateAsync({
                  file: file as File,
                  visibility: internal ? 'internal' : 'public',
                });
                setAttachments((list) => [...list, a]);
                onSuccess?.(a);
              } catch (err) {
                onError(err);
                failed?.(err as Error);
              }
            }}
          >
            <Button
              size="small"
              icon={<PaperClipOutlined />}
              loading={upload.isPending}
              data-testid="composer-attach"
            >
              {upload.isPending ? t('requests.timeline.uploading') : t('requests.timeline.attach')}
            </Button>
          </Upload>
          {attachments.map((a) => (
            <Tag
              key={a.id}
              closable
              onClose={() => setAttachments((list) => list.filter((x) => x.id !== a.id))}
            >
              {a.fileName}
            </Tag>
          ))}
          {internal && (
            <Tag icon={<LockOutlined />} color="warning">
              {t('requests.timeline.internalHint')}
            </Tag>
          )}
        </Flex>
        <Button
          type="primary"
          icon={internal ? <LockOutlined /> : <SendOutlined />}
          loading={post.isPending}
          onClick={() => void send()}
          data-testid="composer-send"
        >
          {internal ? t('requests.timeline.saveNote') : t('requests.timeline.send')}
        </Button>
      </Flex>
    </div>
  );
}
