package vn.motcua.plugins.socialwelfare.registry.boundary;

import java.io.Serializable;
import vn.motcua.plugins.socialwelfare.registry.entity.BeneficiaryStatus;

/**
 * What the registry screen filters on: a name or ID number fragment, a category, a status.
 *
 * @param text part of the name or of the ID number, or blank
 * @param categoryId a category, or null for all
 * @param status a status, or null for all
 */
public record RegistryFilter(String text, Long categoryId, BeneficiaryStatus status) implements Serializable {}
