package vn.motcua.plugins.vehicle.numbering.control;

/** The numbered series: each counts alone per agency and year ({@code vehicle-registration.LICENCE} in the core). */
public enum Series {
    LICENCE,
    BADGE
}
