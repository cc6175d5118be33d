export { loadConfig, maskPassword, platformMode, readEnvFile, type PlatformMode } from './load.ts';
export { configSchema, SECRET_KEYS, type Config, type ConfigKey } from './schema.ts';
