package vn.motcua.plugins.socialwelfare.rates.entity;

/** Where a household lives, for the poverty line (khu vực nông thôn / thành thị). */
public enum Area {
    RURAL,
    URBAN
}
