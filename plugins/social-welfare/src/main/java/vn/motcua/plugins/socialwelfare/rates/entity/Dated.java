package vn.motcua.plugins.socialwelfare.rates.entity;

import java.time.LocalDate;

/** A row of a rate's history: it applies from its effective date until the next row's. */
public interface Dated {

    LocalDate getEffectiveFrom();
}
