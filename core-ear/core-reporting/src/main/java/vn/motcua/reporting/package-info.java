/**
 * Reporting, the core's fourth component (after directory, catalog and dossier): the counting rules of the status
 * table ({@code control.counting}, plain Java), the per-dossier facts they read ({@code report_dossier}, rewritten by
 * every {@code DossierTransitioned} in the transition's own transaction), frozen monthly snapshots, the status table
 * with its drill-downs, the national scorecard, the home dashboard and the register book (form 06). It reads
 * dossiers and never writes them ({@code DependencyRulesTest}). See the module's README for the decisions.
 */
package vn.motcua.reporting;
