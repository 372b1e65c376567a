import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ContentEditorProps {
  label: string;
  /** The body to start with; the editor keeps its own text after that. */
  initialHtml: string;
  onChange: (html: string) => void;
  error?: string;
  readOnly?: boolean;
}

/**
 * The rich text of a news item, newsletter or information page: bold, italic, headings (h2, h3), lists, links
 * and quotes — what the server keeps of a body, nothing it would drop.
 */
export function ContentEditor({ label, initialHtml, onChange, error, readOnly = false }: ContentEditorProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        // Mantine's own link extension is added below; code, code blocks and rules are not part of a body.
        link: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
      }),
      Link.configure({ openOnClick: false, protocols: ['mailto'] }),
    ],
    content: initialHtml,
    editable: !readOnly,
    immediatelyRender: true,
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        'data-testid': 'content-editor',
      },
    },
    onUpdate: ({ editor: changed }) => onChange(changed.isEmpty ? '' : changed.getHTML()),
  });
  const labels = {
    boldControlLabel: t('content.editor.bold'),
    italicControlLabel: t('content.editor.italic'),
    h2ControlLabel: t('content.editor.h2'),
    h3ControlLabel: t('content.editor.h3'),
    bulletListControlLabel: t('content.editor.bulletList'),
    orderedListControlLabel: t('content.editor.orderedList'),
    linkControlLabel: t('content.editor.link'),
    unlinkControlLabel: t('content.editor.unlink'),
    blockquoteControlLabel: t('content.editor.quote'),
    linkEditorInputLabel: t('content.editor.linkAddress'),
    linkEditorInputPlaceholder: 'https://…',
    linkEditorSave: t('content.editor.linkSave'),
    linkEditorExternalLink: t('content.editor.linkExternal'),
    linkEditorInternalLink: t('content.editor.linkInternal'),
  };
  return (
    <Input.Wrapper label={label} labelProps={{ id: labelId }} error={error} required>
      <RichTextEditor editor={editor} labels={labels} mt={4}>
        {!readOnly && (
          <RichTextEditor.Toolbar>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H2 />
              <RichTextEditor.H3 />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
              <RichTextEditor.Blockquote />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content mih={200} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
