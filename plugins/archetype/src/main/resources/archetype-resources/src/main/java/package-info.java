/**
 * The ${pluginId} department plugin: ${title} (national procedure ${procedureCode}).
 *
 * <p>Decisions: the plugin compiles against {@code core-spi} only and reaches the core through it (the officer's
 * agency scope, the PDF renderer); its rows refer to core rows by id with foreign keys in SQL. {@code entity} holds
 * what the counter's form collects and the result's number, {@code control} the rules, numbering and the result's
 * text (plain Java, unit-tested), {@code boundary} what the core and the pages call (transactions and permissions
 * there).
 */
package ${package};
