import type { Command } from "commander";

// Placeholder until the fideslang and Fides importers and exporter land: register nothing.
export function registerImportFideslang(_group: Command, _dbOption: () => string): void {}
export function registerExportFides(_group: Command, _dbOption: () => string): void {}
export function registerImportFides(_group: Command, _dbOption: () => string): void {}
