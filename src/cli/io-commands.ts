import type { Command } from "commander";
import { registerExportFides, registerImportFides, registerImportFideslang } from "./fides-commands";
import { registerImportGvl } from "./gvl-commands";
import { registerExportRopa, registerImportRopa } from "./ropa-commands";

// `datamap export …` and `datamap import …`: each format's commands live in their own file.

export function ioCommands(cli: Command, dbOption: () => string): void {
  const exp = cli.command("export").description("write the record out: ropa (Art 30 reports, DPV JSON-LD), fides");
  const imp = cli.command("import").description("read records in: ropa (JSON), gvl (IAB vendor list), fideslang taxonomy, fides manifests");
  registerExportRopa(exp, dbOption);
  registerImportRopa(imp, dbOption);
  registerImportGvl(imp, dbOption);
  registerImportFideslang(imp, dbOption);
  registerExportFides(exp, dbOption);
  registerImportFides(imp, dbOption);
}
