import * as migration_20261127_051712_initial from './20261127_051712_initial'
import * as migration_20261127_063609_lookup_indexes from './20261127_063609_lookup_indexes'
import * as migration_20261127_073704_public_filter_index from './20261127_073704_public_filter_index'
import * as migration_20261206_172447_security_integrity from './20261206_172447_security_integrity'
import * as migration_20261206_172500_repair_workflow_counters from './20261206_172500_repair_workflow_counters'
import * as migration_20261206_184639_content_credentials from './20261206_184639_content_credentials'
import * as migration_20261206_190550_version_autosave from './20261206_190550_version_autosave'
import * as migration_20261206_190707_user_language from './20261206_190707_user_language'
import * as migration_20261206_221232_plugins_ethics_numbers from './20261206_221232_plugins_ethics_numbers'
import * as migration_20261207_005157_signing_sweep_delivery_log from './20261207_005157_signing_sweep_delivery_log'

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
    up: migration_20261206_172447_security_integrity.up,
    down: migration_20261206_172447_security_integrity.down,
    name: '20261206_172447_security_integrity',
  },
  {
    up: migration_20261206_172500_repair_workflow_counters.up,
    down: migration_20261206_172500_repair_workflow_counters.down,
    name: '20261206_172500_repair_workflow_counters',
  },
  {
    up: migration_20261206_184639_content_credentials.up,
    down: migration_20261206_184639_content_credentials.down,
    name: '20261206_184639_content_credentials',
  },
  {
    up: migration_20261206_190550_version_autosave.up,
    down: migration_20261206_190550_version_autosave.down,
    name: '20261206_190550_version_autosave',
  },
  {
    up: migration_20261206_190707_user_language.up,
    down: migration_20261206_190707_user_language.down,
    name: '20261206_190707_user_language',
  },
  {
    up: migration_20261206_221232_plugins_ethics_numbers.up,
    down: migration_20261206_221232_plugins_ethics_numbers.down,
    name: '20261206_221232_plugins_ethics_numbers',
  },
  {
    up: migration_20261207_005157_signing_sweep_delivery_log.up,
    down: migration_20261207_005157_signing_sweep_delivery_log.down,
    name: '20261207_005157_signing_sweep_delivery_log',
  },
]
