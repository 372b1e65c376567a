import { Button, FileInput, Group, Image, Stack, Text, Title } from '@mantine/core';
import { LOGO_CONTENT_TYPES, LOGO_MAX_BYTES } from '@nestje/contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../../components/FormErrorAlert.tsx';
import { NestjeMark } from '../../../../components/NestjeMark.tsx';
import { apiFieldErrors, fieldErrorText } from '../../../../lib/form-errors.ts';
import { notify } from '../../../../lib/notify.ts';
import { checkFile } from '../../../../lib/raw-api.ts';
import { useObjectUrl } from '../../../../lib/use-object-url.ts';
import { SETUP_ERRORS, SETUP_FIELD_MESSAGES } from '../components/field-messages.ts';
import { useRemoveLogo, useUploadLogo } from '../queries.ts';

const LOGO_FILES = { types: LOGO_CONTENT_TYPES, maxBytes: LOGO_MAX_BYTES };

function LogoPreview({ src, alt }: { src: string | null; alt: string }) {
  return (
    <Group
      justify="center"
      w={200}
      h={88}
      p="xs"
      style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
    >
      {src ? <Image src={src} alt={alt} mah={72} maw={180} fit="contain" /> : <NestjeMark size={56} />}
    </Group>
  );
}

/** The organisation's logo: the current one, a new one previewed before it is saved, and removing it. */
export function LogoField({ logoUrl }: { logoUrl: string | null }) {
  const { t } = useTranslation();
  const upload = useUploadLogo();
  const remove = useRemoveLogo();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useObjectUrl(file);

  const choose = (chosen: File | null) => {
    upload.reset();
    const problem = chosen ? checkFile(chosen, LOGO_FILES) : null;
    setFileError(problem ? fieldErrorText(t, 'logo', problem, SETUP_FIELD_MESSAGES) : null);
    setFile(problem ? null : chosen);
  };

  const save = () => {
    if (!file) return;
    upload.mutate(file, {
      onSuccess: () => {
        setFile(null);
        notify(t('setup.logo.saved'), 'success');
      },
      onError: (error) => setFileError(Object.values(apiFieldErrors(error, t, SETUP_ERRORS))[0] ?? null),
    });
  };

  return (
    <Stack gap="sm" component="section" aria-labelledby="logo-title">
      <Title order={3} size="h4" id="logo-title">
        {t('setup.logo.title')}
      </Title>
      <Group align="flex-start" gap="lg">
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {file ? t('setup.logo.newPreview') : t('setup.logo.current')}
          </Text>
          <LogoPreview
            src={preview ?? logoUrl}
            alt={file ? t('setup.logo.newAlt') : t('setup.logo.currentAlt')}
          />
          {!file && !logoUrl && (
            <Text size="xs" c="dimmed">
              {t('setup.logo.none')}
            </Text>
          )}
        </Stack>
        <Stack gap="sm" miw={240} style={{ flex: 1 }}>
          <FileInput
            label={t('setup.logo.choose')}
            description={t('setup.logo.hint')}
            placeholder={t('setup.logo.placeholder')}
            accept={LOGO_CONTENT_TYPES.join(',')}
            value={file}
            onChange={choose}
            error={fileError}
            clearable
            maw={360}
          />
          <FormErrorAlert error={remove.error} />
          <FormErrorAlert error={upload.error} />
          <Group gap="sm">
            {file && (
              <>
                <Button onClick={save} loading={upload.isPending}>
                  {t('setup.logo.save')}
                </Button>
                <Button variant="default" onClick={() => choose(null)} disabled={upload.isPending}>
                  {t('setup.logo.cancel')}
                </Button>
              </>
            )}
            {!file && logoUrl && (
              <Button
                variant="outline"
                color="red.9"
                loading={remove.isPending}
                onClick={() =>
                  remove.mutate(undefined, { onSuccess: () => notify(t('setup.logo.removed'), 'success') })
                }
              >
                {t('setup.logo.remove')}
              </Button>
            )}
          </Group>
        </Stack>
      </Group>
    </Stack>
  );
}
