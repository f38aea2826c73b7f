package vn.motcua.spi.directory;

/**
 * How an agency is named on the documents a plugin issues. The core provides the bean; a plugin injects it
 * ({@code @Inject AgencyNames agencies}) instead of deriving initials itself.
 *
 * <p>The short name is the one an administrator entered (*Cơ quan, đơn vị → Tên viết tắt*, e.g. {@code SGTVT}) when it
 * is one word; when there is none, or it has spaces ({@code Sở TTTT} abbreviates it for screens), the core derives it the way administrative documents write it: a People's Committee (Ủy ban nhân
 * dân…) is {@code UBND}; any other agency the first letters of its name without the small words "và", "của", in
 * capitals, accents dropped but Đ kept ({@code Sở Lao động - Thương binh và Xã hội} → {@code SLĐTBXH}). Usable in
 * any transaction or none; no permission needed (the names are public).
 *
 * @since 0.1.0
 */
public interface AgencyNames {

    /**
     * The agency's short name for document numbers ({@code 12/GP-STTTT}).
     *
     * @throws IllegalArgumentException if there is no agency with this id
     */
    String shortName(long agencyId);

    /**
     * The agency's full name, as on its header.
     *
     * @throws IllegalArgumentException if there is no agency with this id
     */
    String name(long agencyId);
}
