/**
 * Numbering of the documents plugins issue: one service of the core ({@link vn.motcua.spi.numbering.ResultNumbers})
 * instead of a locked counter table in every plugin.
 */
package vn.motcua.spi.numbering;
