export { loadConfig, maskPassword, readEnvFile } from './load.ts';
export { configSchema, SECRET_KEYS, type Config, type ConfigKey } from './schema.ts';
