/**
 * The life of a dossier: received at a counter (or submitted online), assigned, processed along the steps of the
 * procedure version it pinned on the day of receipt, approved and returned; with its code, its clock, the hand-over
 * record of every transition, the printable forms 01-05 and the uploaded documents.
 */
package vn.motcua.dossier;
