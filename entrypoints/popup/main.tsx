import { startSurface } from './start-surface';

startSurface('popup');
