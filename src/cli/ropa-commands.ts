import type { Command } from "commander";

// Placeholder until the RoPA exporter lands: registers nothing.
export function registerExportRopa(_group: Command, _dbOption: () => string): void {}
export function registerImportRopa(_group: Command, _dbOption: () => string): void {}
