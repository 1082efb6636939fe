import * as migration_20261127_033054_initial from './20261127_033054_initial';

export const migrations = [
  {
    up: migration_20261127_033054_initial.up,
    down: migration_20261127_033054_initial.down,
    name: '20261127_033054_initial'
  },
];
