import * as Comlink from 'comlink';
import { RadarDb } from '../../storage/db';
import { EstimatorService } from './estimator-service';

// The dedicated worker: the model runs here, off every page's main thread.
Comlink.expose(new EstimatorService(new RadarDb()));
