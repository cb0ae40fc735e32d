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
      <h3>Shifts</h3>
      <p class="section-hint">
        Days as "Mon-Fri", "Sat,Sun" or "Fri-Mon"; times as HH:MM in the warehouse time zone. A shift that ends before
        it starts runs past midnight.
      </p>
      {shifts.length === 0 && <p class="muted">No shift: nobody packs, so every order waits.</p>}
      <ol class="row-list">
        {shifts.map((_, i) => (
          <li key={i}>
            <fieldset class="row">
              <legend class="row-legend">Shift {i + 1}</legend>
              <TextField path={[...SHIFTS, i, 'days']} label="Days" placeholder="Mon-Fri" class="days" />
              <TimeField path={[...SHIFTS, i, 'start']} label="Start" />
              <TimeField path={[...SHIFTS, i, 'end']} label="End" />
              <NumberField path={[...SHIFTS, i, 'packers']} label="Packers" whole />
              <button type="button" class="btn btn-quiet" onClick={() => remove(i)}>
                Remove<span class="visually-hidden"> shift {i + 1}</span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id={ADD_ID} class="btn" onClick={add}>
        Add shift
      </button>
    </div>
  );
}
