import * as migration_20261127_174838_initial from './20261127_174838_initial';

export const migrations = [
  {
    up: migration_20261127_174838_initial.up,
    down: migration_20261127_174838_initial.down,
    name: '20261127_174838_initial'
  },
];
