import * as Comlink from 'comlink';
import { RadarDb } from '../../storage/db';
import { ImportService } from './import-service';

// The dedicated import worker: a million-row export is parsed and stored here, off the page's main thread.
Comlink.expose(new ImportService(new RadarDb()));
