package vn.motcua.spi.registry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A plugin's registry query, in JPQL parts the core puts together: what is selected from which of the plugin's
 * entities, the path of the agency each row belongs to, the filter conditions with their values, the columns a screen
 * may sort on, the default order and the id that makes pages stable. The core adds the officer's agency scope
 * ({@code <agency path> in (agencies in scope)}) to every statement it runs from it, checks the permission, binds every
 * value as a parameter and pages in the database. Build one per request from the filter bar's values:
 *
 * <pre>{@code
 * RegistryQuery.select(Licence.class, "l", "Licence l")
 *         .scopedBy("l.agencyId")
 *         .identifiedBy("l.id")
 *         .readableWith(LicensingPlugin.LICENCE_VIEW)
 *         .containsFolded(filter.getHolder(), "l.searchText")
 *         .whereGiven("l.status = :status", "status", filter.getStatus())
 *         .sortable("number", "l.issueYear", "l.sequenceNumber")
 *         .sortable("holderName", "l.holderName")
 *         .orderedBy("l.issuedOn desc");
 * }</pre>
 *
 * <p>JPQL rather than Criteria, because one string serves the count, the page and the export; it may name several
 * entities ({@code "Beneficiary b, Decision d"} joined in a {@link #where(String) condition}) and a constructor
 * projection ({@code "new my.pkg.Row(b.id, d.number)"}). Conditions and sort expressions are the plugin's constant
 * text; whatever a user typed goes in as a value, never into the text. Parameter names starting with {@code motcua} are
 * the core's.
 *
 * @param <T> the row type
 * @since 0.1.0
 */
public final class RegistryQuery<T> {

    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)+");
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
    private static final String RESERVED = "motcua";

    private final Class<T> rowType;
    private final String selection;
    private final String from;
    private String scopePath;
    private String idPath;
    private String permission;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final Map<String, List<String>> sortable = new LinkedHashMap<>();
    private final List<String> defaultOrder = new ArrayList<>();
    private int generated;

    private RegistryQuery(Class<T> rowType, String selection, String from) {
        this.rowType = Objects.requireNonNull(rowType, "rowType");
        this.selection = required(selection, "selection");
        this.from = required(from, "from");
    }

    /**
     * @param rowType the class of what {@code selection} yields (the entity, or the constructor projection's record)
     * @param selection the JPQL select expression, e.g. {@code "l"} or {@code "new my.pkg.Row(l.id, l.number)"}
     * @param from the JPQL range, e.g. {@code "Licence l"} or {@code "Beneficiary b, Decision d"}
     */
    public static <T> RegistryQuery<T> select(Class<T> rowType, String selection, String from) {
        return new RegistryQuery<>(rowType, selection, from);
    }

    /** The path of the agency id each row belongs to ({@code "l.agencyId"}): the core keeps rows to the scope. */
    public RegistryQuery<T> scopedBy(String agencyIdPath) {
        this.scopePath = path(agencyIdPath);
        return this;
    }

    /** The path of the row's unique id ({@code "l.id"}): the last sort key, so that pages never overlap. */
    public RegistryQuery<T> identifiedBy(String idPath) {
        this.idPath = path(idPath);
        return this;
    }

    /** The permission the officer must hold to read the registry; checked by the core on every page and export. */
    public RegistryQuery<T> readableWith(String permission) {
        this.permission = required(permission, "permission");
        return this;
    }

    /** A condition without values, e.g. a join ({@code "d.id = b.decisionId"}) or {@code "a.resultNumber is not null"}. */
    public RegistryQuery<T> where(String condition) {
        conditions.add(required(condition, "condition"));
        return this;
    }

    /** A condition with one named value, always applied (a {@code null} value matches what SQL's null matches). */
    public RegistryQuery<T> where(String condition, String parameter, Object value) {
        conditions.add(required(condition, "condition"));
        bind(parameter, value);
        return this;
    }

    /** A condition with one named value, applied only when the value is given (not {@code null}, not blank text). */
    public RegistryQuery<T> whereGiven(String condition, String parameter, Object value) {
        return given(value) ? where(condition, parameter, value) : this;
    }

    /** Binds one more value of the last condition (one that names two parameters). */
    public RegistryQuery<T> bind(String parameter, Object value) {
        if (!PARAMETER.matcher(String.valueOf(parameter)).matches()
                || parameter.toLowerCase(Locale.ROOT).startsWith(RESERVED)) {
            throw new IllegalArgumentException("Not a parameter name a plugin may use: " + parameter);
        }
        parameters.put(parameter, value);
        return this;
    }

    /**
     * Rows where any of the paths contains the typed text, case-insensitively; nothing when the text is blank. Typed
     * wildcards match one character (a little wider, never narrower).
     */
    public RegistryQuery<T> contains(String typed, String... paths) {
        return like(typed, paths, true);
    }

    /**
     * Rows whose folded search column ({@link SearchColumn}) contains the typed text folded the same way
     * ({@link FoldedText}): accents, case and spacing ignored, so "Nguyen Van" finds "Nguyễn Văn". Nothing when the
     * text is blank. The condition is a plain {@code LIKE} on the column, no function over it. Typed wildcards match
     * one character (a little wider, never narrower).
     *
     * @param foldedPath the path of the entity's folded column, e.g. {@code "l.searchText"}
     */
    public RegistryQuery<T> containsFolded(String typed, String foldedPath) {
        String folded = typed == null ? "" : FoldedText.of(typed);
        if (folded.isEmpty()) {
            return this;
        }
        String name = RESERVED + "Text" + ++generated;
        conditions.add(path(foldedPath) + " like :" + name);
        parameters.put(name, "%" + folded.replace('%', '_').replace('\\', '_') + "%");
        return this;
    }

    /** Rows where any of the paths starts with the typed text, case-insensitively; nothing when it is blank. */
    public RegistryQuery<T> startsWith(String typed, String... paths) {
        return like(typed, paths, false);
    }

    /**
     * A column the screen may sort on: the field name the table sends (PrimeFaces: the column's {@code sortBy}
     * property) and the expressions it sorts by, in the same direction.
     */
    public RegistryQuery<T> sortable(String field, String... expressions) {
        if (expressions.length == 0) {
            throw new IllegalArgumentException("A sortable column needs an expression: " + field);
        }
        sortable.put(required(field, "field"), List.of(expressions));
        return this;
    }

    /** The order when the screen asks for none (or for a column not sortable), e.g. {@code "l.issuedOn desc"}. */
    public RegistryQuery<T> orderedBy(String... orderItems) {
        defaultOrder.clear();
        defaultOrder.addAll(List.of(orderItems));
        return this;
    }

    public Class<T> rowType() {
        return rowType;
    }

    public String selection() {
        return selection;
    }

    public String from() {
        return from;
    }

    /** {@code null} until {@link #scopedBy} is called; the core runs no query without it. */
    public String scopePath() {
        return scopePath;
    }

    /** {@code null} until {@link #identifiedBy} is called; the core runs no query without it. */
    public String idPath() {
        return idPath;
    }

    /** {@code null} when only the scope limits who reads the registry. */
    public String permission() {
        return permission;
    }

    public List<String> conditions() {
        return List.copyOf(conditions);
    }

    /** The values by parameter name (a value may be {@code null}). */
    public Map<String, Object> parameters() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Map<String, List<String>> sortable() {
        return Collections.unmodifiableMap(sortable);
    }

    public List<String> defaultOrder() {
        return List.copyOf(defaultOrder);
    }

    private RegistryQuery<T> like(String typed, String[] paths, boolean anywhere) {
        if (!given(typed)) {
            return this;
        }
        if (paths.length == 0) {
            throw new IllegalArgumentException("A text filter needs a path");
        }
        String text = typed.strip().toLowerCase(Locale.ROOT).replace('%', '_').replace('\\', '_');
        String name = RESERVED + "Text" + ++generated;
        var any = new ArrayList<String>();
        for (String path : paths) {
            any.add("lower(" + path(path) + ") like :" + name);
        }
        conditions.add(paths.length == 1 ? any.get(0) : "(" + String.join(" or ", any) + ")");
        parameters.put(name, (anywhere ? "%" : "") + text + "%");
        return this;
    }

    private static boolean given(Object value) {
        return value != null
                && !(value instanceof CharSequence text && text.toString().isBlank());
    }

    private static String path(String path) {
        if (path == null || !PATH.matcher(path).matches()) {
            throw new IllegalArgumentException("Not a JPQL path: " + path);
        }
        return path;
    }

    private static String required(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A registry query needs its " + what);
        }
        return text;
    }
}
