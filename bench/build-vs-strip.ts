export async function runBuildBench(): Promise<Record<string, number>> {
  return {};
}
