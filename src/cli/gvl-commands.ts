import type { Command } from "commander";

// Placeholder until the IAB vendor-list importer lands: registers nothing.
export function registerImportGvl(_group: Command, _dbOption: () => string): void {}
