export { loadConfig, readEnvFile, type Config } from './load.ts';
export { configSchema, flag, SECRET_KEYS, type CoreConfig } from './schema.ts';
export {
  configSection,
  maskPassword,
  missingFor,
  type ConfigSection,
  type Env,
  type SectionResult,
} from './section.ts';
