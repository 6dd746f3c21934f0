/** «Пересчитать» with the stage-by-stage progress bar, «Отмена» and the outcome of the last run. */
import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2 } from '@fluentui/react-components';
import { RECALC_STAGES } from '../host';
import { stageProgress } from '../recalcState';
import { S } from '../strings';
import type { Recalculation } from '../useRecalculation';
import { useSectionStyles } from './styles';

export function RecalcSection({ recalc }: { recalc: Recalculation }) {
  const styles = useSectionStyles();
  const { state } = recalc;
  const running = state.status === 'running';
  return (
    <section className={styles.section} aria-labelledby="opora-recalc-heading">
      <Subtitle2 as="h2" id="opora-recalc-heading">
        {S.recalc.heading}
      </Subtitle2>
      <div className={styles.row}>
        <Button appearance="primary" disabled={running} onClick={() => void recalc.start()}>
          {S.recalc.button}
        </Button>
        {running && <Button onClick={recalc.cancel}>{S.recalc.cancel}</Button>}
      </div>
      <div aria-live="polite">
        {state.status === 'idle' && <p className={styles.muted}>{S.recalc.idleHint}</p>}
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
        {state.status === 'done' && (
          <MessageBar intent="success">
            <MessageBarBody>
              {S.recalc.done(
                state.summary.schools.length,
                state.summary.verdicts.filter((v) => v.shnor).length,
                state.summary.verdicts.filter((v) => v.shnsu === true).length,
              )}
            </MessageBarBody>
          </MessageBar>
        )}
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
