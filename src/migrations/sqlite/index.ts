import * as migration_20261127_033050_initial from './20261127_033050_initial';

export const migrations = [
  {
    up: migration_20261127_033050_initial.up,
    down: migration_20261127_033050_initial.down,
    name: '20261127_033050_initial'
  },
];
