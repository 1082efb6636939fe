import * as migration_20261127_051712_initial from './20261127_051712_initial';

export const migrations = [
  {
    up: migration_20261127_051712_initial.up,
    down: migration_20261127_051712_initial.down,
    name: '20261127_051712_initial'
  },
];
