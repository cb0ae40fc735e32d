import { t } from '../i18n';
import { newPickup, type Path } from './draft';
import { NumberField, TextField, TimeField } from './fields';
import { useForm } from './form-context';
import { fieldId } from './issues';
import { useFocusAfterRender } from './rows';

const PICKUPS: Path = ['stages', 'ship', 'pickups'];
const ADD_ID = 'add-pickup';

/** The carrier's pickups: local time, the days it comes and the most parcels it takes; rows can be added and removed. */
export function PickupsEditor() {
  const { draft, update } = useForm();
  const pickups = draft.stages.ship.pickups;
  const focus = useFocusAfterRender();
  const add = () => {
    focus(fieldId([...PICKUPS, pickups.length, 'time']));
    update(PICKUPS, [...pickups, newPickup()]);
  };
  const remove = (i: number) => {
    focus(ADD_ID);
    update(
      PICKUPS,
      pickups.filter((_, j) => j !== i),
    );
  };
  return (
    <div class="rows" data-testid="pickups">
      <h3>{t('options_pickups')}</h3>
      <p class="section-hint">{t('options_pickups_hint')}</p>
      <p class="section-hint">{t('options_pickup_days_hint')}</p>
      {pickups.length === 0 && <p class="muted">{t('options_no_pickup')}</p>}
      <ol class="row-list">
        {pickups.map((_, i) => (
          <li key={i}>
            <fieldset class="row">
              <legend class="row-legend">{t('options_pickup_n', i + 1)}</legend>
              <TimeField path={[...PICKUPS, i, 'time']} label={t('options_time')} />
              <TextField
                path={[...PICKUPS, i, 'days']}
                label={t('options_pickup_days')}
                placeholder="Mon-Sun"
                class="days"
                optional
              />
              <NumberField path={[...PICKUPS, i, 'maxParcels']} label={t('options_max_parcels')} whole />
              <button type="button" class="btn btn-quiet" onClick={() => remove(i)}>
                {t('options_remove')} <span class="visually-hidden">{t('options_remove_pickup', i + 1)}</span>
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <button type="button" id={ADD_ID} class="btn" onClick={add}>
        {t('options_add_pickup')}
      </button>
    </div>
  );
}
