import { importKit } from './import-kit';
import { bundledStages, type LoadStages, type StageKit } from './stage-kit';

/** Where entrypoints/stages.ts leaves the stage watch. */
export const STAGES_KEY = Symbol.for('les-radar.stages');

/** The platforms' scripts' stage watch: on demand; Firefox bundles it, as it does the picker (./load-picker.ts). */
export const platformStages: LoadStages = import.meta.env.FIREFOX
  ? bundledStages
  : () => importKit<StageKit>(STAGES_KEY, '/stages.js');
