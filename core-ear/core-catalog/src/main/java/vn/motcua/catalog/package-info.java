/**
 * What the province offers and on what clock: sectors, procedures with their versions (required documents, fees,
 * process definition, form fields), reference lists, the working calendar and the deadline engine.
 *
 * <p>Decisions: everything an admin edits about a procedure lives on a {@code ProcedureVersion}; a published version
 * never changes, so a dossier pins the version in force on the day it was received. The deadline engine in
 * {@code control} is pure Java (no container, no database) so it can be tested over many years of calendars.
 *
 * <p>Excel import/export ({@code control.transfer}, {@code boundary.CatalogTransfer}): one workbook format for the
 * template, the export and the import (format in the module's README). A procedure's rows on all sheets are one unit,
 * imported and published in its own transaction or refused with the sheet, line and reason; saving goes through
 * {@code ProcedureAdministration} so the catalog's rules live in one place.
 */
package vn.motcua.catalog;
