/**
 * «Пересчитать» with the stage-by-stage progress bar, «Отмена» and the outcome of the last run (or the
 * result the workbook already held), the remarks count next to it. Focus comes back to «Пересчитать»
 * when a run ends, so the keyboard user is not left on a button that disappeared.
 */
import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Subtitle2,
} from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { LastResult } from '../../engine';
import { RECALC_STAGES } from '../host';
import { stageProgress } from '../recalcState';
import { errorDiagnostics } from '../resultView';
import { S } from '../strings';
import type { Recalculation } from '../useRecalculation';
import { useSectionStyles } from './styles';

/** School, ШНОР and ШНСУ counts of a result. */
function counts({ counts: c }: LastResult): [number, number, number] {
  return [c.schools, c.shnor, c.shnsu];
}

function ResultLine({ recalc }: { recalc: Recalculation }) {
  const styles = useSectionStyles();
  const { state, result } = recalc;
  if (!result || (state.status !== 'done' && !(state.status === 'idle' && recalc.fromWorkbook))) return null;
  const text = state.status === 'done' ? S.recalc.done(...counts(result)) : S.recalc.fromWorkbook(...counts(result));
  // A run with errors is not a plain success: its conclusions may rest on missing data.
  const intent = errorDiagnostics(result).length > 0 ? 'warning' : state.status === 'done' ? 'success' : 'info';
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <span className={styles.row}>
          <span>{text}</span>
          <Link href="#opora-diagnostics-heading" data-testid="opora-remarks-count">
            {S.recalc.remarks(result.diagnostics.length)}
          </Link>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
}

export function RecalcSection({ recalc }: { recalc: Recalculation }) {
  const styles = useSectionStyles();
  const { state } = recalc;
  const running = state.status === 'running';
  const button = useRef<HTMLButtonElement>(null);
  const wasRunning = useRef(false);
  useEffect(() => {
    if (wasRunning.current && !running) button.current?.focus();
    wasRunning.current = running;
  }, [running]);

  return (
    <section className={styles.section} aria-labelledby="opora-recalc-heading">
      <Subtitle2 as="h2" id="opora-recalc-heading">
        {S.recalc.heading}
      </Subtitle2>
      <div className={styles.row}>
        <Button ref={button} appearance="primary" disabled={running} disabledFocusable={running} onClick={() => void recalc.start()}>
          {S.recalc.button}
        </Button>
        {running && <Button onClick={recalc.cancel}>{S.recalc.cancel}</Button>}
      </div>
      <div aria-live="polite">
        {state.status === 'idle' && !recalc.fromWorkbook && <p className={styles.muted}>{S.recalc.idleHint}</p>}
        {running && (
          <Field
            validationState="none"
            validationMessage={
              state.stage
                ? S.recalc.stageOf(RECALC_STAGES.indexOf(state.stage) + 1, RECALC_STAGES.length, S.recalc.stages[state.stage])
                : ' '
            }
          >
            <ProgressBar value={stageProgress(state.stage)} thickness="large" aria-label={S.recalc.heading} />
          </Field>
        )}
        <ResultLine recalc={recalc} />
        {state.status === 'cancelled' && (
          <MessageBar intent="info">
            <MessageBarBody>{S.recalc.cancelled}</MessageBarBody>
          </MessageBar>
        )}
        {state.status === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{S.recalc.failed}</MessageBarTitle> {state.message}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </section>
  );
}
