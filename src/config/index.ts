export { commandLineLanguage } from './cli-language.ts';
export { loadConfig, readEnvFile, type Config } from './load.ts';
export { configSchema, flag, SECRET_KEYS, type CoreConfig } from './schema.ts';
export {
  configProblem,
  configSection,
  expects,
  maskPassword,
  missingFor,
  type ConfigSection,
  type Env,
  type Got,
  type SectionResult,
} from './section.ts';
