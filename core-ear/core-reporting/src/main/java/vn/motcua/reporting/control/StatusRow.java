package vn.motcua.reporting.control;

import java.io.Serializable;
import vn.motcua.reporting.control.counting.Tally;

/**
 * One row of the status table: an agency (with the figures of its whole subtree; {@code depth} indents it under its
 * parent), a sector or a procedure; {@code key} is its id, {@code null} for the total.
 */
public record StatusRow(Long key, String label, int depth, Tally tally) implements Serializable {}
