import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { POST_MAX_PHOTOS, type Post, type TaggableChild } from '@nestje/contract';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { UploadList } from '../../../components/media/UploadList.tsx';
import { useUploads } from '../../../components/media/use-uploads.ts';
import { ApiError } from '../../../lib/api.ts';
import { errorText } from '../../../lib/translate.ts';
import { useCurrentMe } from '../../account/me-context.ts';
import { PhotoTagger } from './PhotoTagger.tsx';
import { tagCheck, useCreatePost } from './queries.ts';
import { blockedReason, knownRefusals, NO_TAGS, type PhotoTags, photoErrorsOf, toggleTag } from './tags.ts';

interface PostFormProps {
  groupId: string;
  childList: readonly TaggableChild[];
  onPosted: (post: Post) => void;
  onCancel: () => void;
}

/**
 * "Foto's plaatsen" (S4, B1): text and photos for the group, the children in each photo tagged. Each change of a
 * photo's tags is checked by the server at once; while a tag is refused (with its reason next to the child),
 * "Plaatsen" stays disabled. A refusal of the post itself shows at the photo it names.
 */
export function PostForm({ groupId, childList, onPosted, onCancel }: PostFormProps) {
  const { t } = useTranslation();
  const me = useCurrentMe();
  const videoEnabled = me.features.video;
  const uploads = useUploads({ videoEnabled });
  const create = useCreatePost(groupId);
  const [body, setBody] = useState('');
  const [tags, setTags] = useState<Record<string, PhotoTags>>({});
  const checks = useRef(new Map<string, AbortController>());

  useEffect(() => {
    const running = checks.current;
    return () => {
      for (const controller of running.values()) controller.abort();
    };
  }, []);

  const done = uploads.items.filter((item) => item.status === 'done' && item.media);
  const tagsOf = (key: string) => tags[key] ?? NO_TAGS;
  const change = useCallback((key: string, next: Partial<PhotoTags>) => {
    setTags((all) => ({ ...all, [key]: { ...(all[key] ?? NO_TAGS), ...next } }));
  }, []);

  /** Shows what is known at once, then asks the server; only the latest question of a photo counts. */
  const check = useCallback(
    (key: string, childIds: string[]) => {
      checks.current.get(key)?.abort();
      if (childIds.length === 0) {
        change(key, { refusals: [], checking: false });
        return;
      }
      const controller = new AbortController();
      checks.current.set(key, controller);
      change(key, { refusals: knownRefusals(childIds, childList), checking: true });
      tagCheck(groupId, childIds, controller.signal)
        .then((answer) => {
          if (!controller.signal.aborted) change(key, { refusals: answer.refusals, checking: false });
        })
        .catch((error: unknown) => {
          if (controller.signal.aborted) return;
          change(key, { checking: false, photoError: error instanceof ApiError ? error.code : 'unknown' });
        });
    },
    [change, childList, groupId],
  );

  const toggle = (key: string, childId: string, on: boolean) => {
    const childIds = toggleTag(tagsOf(key).childIds, childId, on);
    change(key, { childIds, photoError: null });
    check(key, childIds);
  };

  const blocked = blockedReason(
    done.map((item) => tagsOf(item.key)),
    uploads,
  );
  const empty = body.trim() === '' && done.length === 0;
  const tooMany = done.length > POST_MAX_PHOTOS;

  const submit = () => {
    if (blocked || empty || tooMany) return;
    const photos = done.map((item) => {
      const photo = tagsOf(item.key);
      return { mediaId: item.media?.id ?? '', childIds: photo.childIds, downloadable: photo.downloadable };
    });
    create.mutate(
      { body, photos },
      {
        onSuccess: (post) => onPosted(post),
        onError: (error) => {
          // The server's refusals show at the photo they name, the same way as at tagging time.
          for (const [index, { field, code }] of photoErrorsOf(error)) {
            const item = done[index];
            if (!item) continue;
            change(item.key, { photoError: code });
            if (field === 'childIds') check(item.key, tagsOf(item.key).childIds);
          }
        },
      },
    );
  };

  const createError = create.error && photoErrorsOf(create.error).size === 0 ? create.error : null;
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Textarea
          label={t('timeline.staff.text')}
          rows={4}
          maxLength={5000}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
        />
        <UploadList uploads={uploads} videoEnabled={videoEnabled} />
        {done.length > 0 && (
          <Stack gap="sm" component="section" aria-label={t('timeline.staff.tagging')}>
            {done.map((item, index) =>
              item.media ? (
                <PhotoTagger
                  key={item.key}
                  media={item.media}
                  n={index + 1}
                  total={done.length}
                  childList={childList}
                  tags={tagsOf(item.key)}
                  onToggle={(childId, on) => toggle(item.key, childId, on)}
                  onDownloadable={(downloadable) => change(item.key, { downloadable })}
                />
              ) : null,
            )}
          </Stack>
        )}
        {blocked && blocked !== 'checking' && (
          <Text size="sm" c={blocked === 'refused' ? 'red' : 'dimmed'}>
            {t(`timeline.staff.blocked.${blocked}`)}
          </Text>
        )}
        {tooMany && (
          <Text size="sm" c="red">
            {t('timeline.staff.tooMany', { max: POST_MAX_PHOTOS })}
          </Text>
        )}
        {createError && (
          <Alert color="red" variant="light" role="alert">
            {errorText(t, createError)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={create.isPending} disabled={blocked !== null || empty || tooMany}>
            {t('timeline.staff.submit')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
