package vn.motcua.spi.procedure;

import vn.motcua.spi.dossier.DossierSnapshot;

/**
 * A dossier about to leave a process step.
 *
 * @param dossier the dossier as it is before the transition
 * @param stepIndex the position of the step in the pinned process (0 = first)
 * @param stepName the step's name, e.g. {@code Thẩm định hồ sơ}
 * @param action the transition leaving it: {@code FORWARD} or {@code APPROVE}
 * @param lastStep whether the step is the last of the process (approval)
 * @param officerId the officer acting
 *
 * @since 0.1.0
 */
public record StepCompletion(
        DossierSnapshot dossier, int stepIndex, String stepName, String action, boolean lastStep, long officerId) {}
