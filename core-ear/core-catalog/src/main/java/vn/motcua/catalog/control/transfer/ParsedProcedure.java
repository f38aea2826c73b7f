package vn.motcua.catalog.control.transfer;

import vn.motcua.catalog.entity.ProcedureVersion;

/**
 * A procedure whose rows on every sheet passed the checks: its national code, the line of its row on the
 * procedures sheet, and the content of the version to publish (references are detached entities, resolved by id
 * when saved). Without rows on the process sheet, {@code content} has no steps and the standard process is used.
 */
public record ParsedProcedure(String nationalCode, int line, ProcedureVersion content) {}
