/**
 * What the province offers and on what clock: sectors, procedures with their versions (required documents, fees,
 * process definition, form fields), reference lists, the working calendar and the deadline engine.
 *
 * <p>Decisions: everything an admin edits about a procedure lives on a {@code ProcedureVersion}; a published version
 * never changes, so a dossier pins the version in force on the day it was received. The deadline engine in
 * {@code control} is pure Java (no container, no database) so it can be tested over many years of calendars.
 */
package vn.motcua.catalog;
