import { t } from '../i18n';
import { newShift, type Path } from './draft';
import { NumberField, TextField, TimeField } from './fields';
import { useForm } from './form-context';
import { fieldId } from './issues';
import { useFocusAfterRender } from './rows';

const SHIFTS: Path = ['stages', 'pickPack', 'shifts'];
const ADD_ID = 'add-shift';

/** The warehouse's packing shifts: days, local start and end, packers; rows can be added and removed. */
export function ShiftsEditor() {
  const { draft, update } = useForm();
  const shifts = draft.stages.pickPack.shifts;
  const focus = useFocusAfterRender();
  const add = () => {
    focus(fieldId([...SHIFTS, shifts.length, 'days']));
    update(SHIFTS, [...shifts, newShift()]);
  };
  const remove = (i: number) => {
    focus(ADD_ID);
    update(
      SHIFTS,
      shifts.filter((_, j) => j !== i),
    );
  };
  return (
    <div class="rows" data-testid="shifts">
      <h3>{t('options_shifts')}</h3>
      <p class="section-hint">{t('options_shifts_hint')}</p>
      {shifts.length === 0 && <p class="muted">{t('options_no_shift')}</p>}
      <ol class="row-list">
        {shifts.map((_, i) => (
          <li key={i}>
            <fieldset class="row">
              <legend class="row-legend">{t('options_shift_n', i + 1)}</legend>
              <TextField path={[...SHIFTS, i, 'days']} label={t('options_days')} placeholder="Mon-Fri" class="days" />
              <TimeField path={[...SHIFTS, i, 'start']} label={t('options_start')} />
              <TimeField path={[...SHIFTS, i, 'end']} label={t('options_end')} />
              <NumberField path={[...SHIFTS, i, 'packers']} label={t('options_packers')} whole />
              <button type="button" class="btn btn-quiet" onClick={() => remove(i)}>
                {t('options_remove')} <span class="visually-hidden">{t('options_remove_shift', i + 1)}</span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id={ADD_ID} class="btn" onClick={add}>
        {t('options_add_shift')}
      </button>
    </div>
  );
}
