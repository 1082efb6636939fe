import * as migration_20261127_051712_initial from './20261127_051712_initial';
import * as migration_20261127_063609_lookup_indexes from './20261127_063609_lookup_indexes';
import * as migration_20261127_073704_public_filter_index from './20261127_073704_public_filter_index';
import * as migration_20261206_144919_media_provenance_c2pa_validation from './20261206_144919_media_provenance_c2pa_validation';
import * as migration_20261206_145623_account_throttles from './20261206_145623_account_throttles';
import * as migration_20261206_150000_repair_workflow_counters from './20261206_150000_repair_workflow_counters';
import * as migration_20261206_155523_access_scope from './20261206_155523_access_scope';

export const migrations = [
  {
    up: migration_20261127_051712_initial.up,
    down: migration_20261127_051712_initial.down,
    name: '20261127_051712_initial',
  },
  {
    up: migration_20261127_063609_lookup_indexes.up,
    down: migration_20261127_063609_lookup_indexes.down,
    name: '20261127_063609_lookup_indexes',
  },
  {
    up: migration_20261127_073704_public_filter_index.up,
    down: migration_20261127_073704_public_filter_index.down,
    name: '20261127_073704_public_filter_index',
  },
  {
    up: migration_20261206_144919_media_provenance_c2pa_validation.up,
    down: migration_20261206_144919_media_provenance_c2pa_validation.down,
    name: '20261206_144919_media_provenance_c2pa_validation',
  },
  {
    up: migration_20261206_145623_account_throttles.up,
    down: migration_20261206_145623_account_throttles.down,
    name: '20261206_145623_account_throttles',
  },
  {
    up: migration_20261206_150000_repair_workflow_counters.up,
    down: migration_20261206_150000_repair_workflow_counters.down,
    name: '20261206_150000_repair_workflow_counters',
  },
  {
    up: migration_20261206_155523_access_scope.up,
    down: migration_20261206_155523_access_scope.down,
    name: '20261206_155523_access_scope',
  },
];
