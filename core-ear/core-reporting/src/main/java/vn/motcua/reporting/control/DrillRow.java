package vn.motcua.reporting.control;

import java.io.Serializable;
import java.time.LocalDateTime;

/** One dossier behind a figure, as the drill-down lists it. */
public record DrillRow(
        long dossierId,
        String code,
        String procedure,
        String applicant,
        String agency,
        LocalDateTime receivedAt,
        LocalDateTime dueAt,
        LocalDateTime endedAt,
        String holder,
        String state)
        implements Serializable {}
