package vn.motcua.plugins.socialwelfare.application.boundary;

import vn.motcua.plugins.socialwelfare.application.entity.AllowanceApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdApplication;
import vn.motcua.plugins.socialwelfare.application.entity.HouseholdMember;

/**
 * Fresh rows for the details the counter page holds: the page's object stays untouched (no id, no dossier) if the
 * receipt rolls back, so the officer can correct it and receive again.
 */
final class Copies {

    private Copies() {}

    static AllowanceApplication of(AllowanceApplication form, long dossierId) {
        var row = new AllowanceApplication();
        row.belongsTo(dossierId);
        row.setFullName(form.getFullName());
        row.setBirthDate(form.getBirthDate());
        row.setIdNumber(form.getIdNumber());
        row.setCategoryId(form.getCategoryId());
        row.setOwnIncome(form.getOwnIncome() == null ? 0L : form.getOwnIncome());
        form.getMembers().forEach(m -> row.getMembers().add(copy(m)));
        return row;
    }

    static HouseholdApplication of(HouseholdApplication form, long dossierId) {
        var row = new HouseholdApplication();
        row.belongsTo(dossierId);
        row.setHeadName(form.getHeadName());
        row.setHeadIdNumber(form.getHeadIdNumber());
        row.setArea(form.getArea());
        row.setDeprivations(form.getDeprivations());
        form.getMembers().forEach(m -> row.getMembers().add(copy(m)));
        return row;
    }

    private static HouseholdMember copy(HouseholdMember m) {
        return new HouseholdMember(m.getFullName(), m.getRelation(), m.getBirthYear(), m.income());
    }
}
