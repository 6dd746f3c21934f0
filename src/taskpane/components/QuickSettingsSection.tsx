/**
 * Current year, the R1 threshold and min_n, written to Opora's settings sheet through the host (by its
 * real name: «Опора · Настройки (2)» beside a user's namesake). The sheet
 * stays the place of record: the form reads it when shown and after every save (the pane remounts it
 * after each recalculation, which may have created the sheet).
 */
import { Button, Caption1, Field, Input, MessageBar, MessageBarBody, Subtitle2 } from '@fluentui/react-components';
import { useEffect, useState, type FormEvent } from 'react';
import type { PaneHost } from '../host';
import { fromForm, toForm, type FormErrors, type QuickSettingsForm } from '../quickSettingsForm';
import { S } from '../strings';
import { useSectionStyles } from './styles';

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'failed'; message: string };

export function QuickSettingsSection(props: { host: PaneHost; sheet: string | undefined; onSelect: (sheet: string) => void }) {
  const styles = useSectionStyles();
  const { host, sheet } = props;
  // undefined: still reading; null: no settings sheet yet.
  const [form, setForm] = useState<QuickSettingsForm | null | undefined>(undefined);
  const [errors, setErrors] = useState<FormErrors>({});
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    let live = true;
    host.readSettings().then(
      (s) => live && setForm(s && toForm(s)),
      (error: unknown) => live && setSave({ status: 'failed', message: String(error) }),
    );
    return () => {
      live = false;
    };
  }, [host]);

  if (form === undefined) return null;
  if (form === null) {
    return (
      <section className={styles.section} aria-labelledby="opora-settings-heading">
        <Subtitle2 as="h2" id="opora-settings-heading">
          {S.settings.heading}
        </Subtitle2>
        <p className={styles.muted}>{S.settings.noSheet}</p>
      </section>
    );
  }

  const field = (key: keyof QuickSettingsForm) => ({
    value: form[key],
    onChange: (_e: unknown, data: { value: string }) => {
      setForm({ ...form, [key]: data.value });
      setSave({ status: 'idle' });
    },
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const parsed = fromForm(form);
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    setSave({ status: 'saving' });
    try {
      const written = await host.writeSettings(parsed.settings);
      const reread = await host.readSettings();
      setForm(reread && toForm(reread));
      setSave(written ? { status: 'saved' } : { status: 'failed', message: S.settings.noSheet });
    } catch (error) {
      setSave({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  return (
    <section className={styles.section} aria-labelledby="opora-settings-heading">
      <Subtitle2 as="h2" id="opora-settings-heading">
        {S.settings.heading}
      </Subtitle2>
      <form className={styles.list} onSubmit={(e) => void submit(e)} noValidate>
        <Field
          label={S.settings.currentYear}
          hint={S.settings.currentYearHint}
          validationMessage={errors.currentYear ? S.settings.invalid.currentYear : undefined}
        >
          <Input inputMode="numeric" {...field('currentYear')} />
        </Field>
        <Field
          label={S.settings.failShare}
          validationMessage={errors.failSharePercent ? S.settings.invalid.failShare : undefined}
        >
          <Input inputMode="decimal" {...field('failSharePercent')} />
        </Field>
        <Field label={S.settings.minN} validationMessage={errors.minN ? S.settings.invalid.minN : undefined}>
          <Input inputMode="numeric" {...field('minN')} />
        </Field>
        <div className={styles.row}>
          <Button type="submit" appearance="primary" disabled={save.status === 'saving'}>
            {S.settings.save}
          </Button>
          {sheet !== undefined && <Button onClick={() => props.onSelect(sheet)}>{S.settings.openSheet(sheet)}</Button>}
        </div>
      </form>
      <div aria-live="polite">
        {save.status === 'saved' && (
          <MessageBar intent="success">
            <MessageBarBody>{S.settings.saved}</MessageBarBody>
          </MessageBar>
        )}
        {save.status === 'failed' && (
          <MessageBar intent="error">
            <MessageBarBody>
              {S.settings.saveFailed}: {save.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
      <Caption1 className={styles.muted}>{S.settings.hint}</Caption1>
    </section>
  );
}
