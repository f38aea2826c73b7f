/**
 * The social-welfare plugin of the Department of Labour, Invalids and Social Affairs: monthly social allowance for
 * protected persons (2.000286) and recognition of poor and near-poor households (1.000026).
 *
 * <p>Decisions: the allowance is the base level (mức chuẩn trợ giúp xã hội) times the category's coefficient, both
 * kept as histories with effective dates because the law changes them; a decision uses the rates in force in the
 * month it is signed and starts paying the next month, a payment list uses the rates in force in the month paid.
 * Rates change on the first of a month. Decision numbers run per deciding agency and year from the core's locked
 * {@code ResultNumbers}. The
 * plugin's rows carry the deciding agency's id and every query is filtered by the officer's agency scope. Components:
 * {@code rates} (histories and the money rule), {@code application} (the dossier details and the counter's rules),
 * {@code decision} (numbering and wording), {@code registry} (beneficiaries, payment list, report).
 */
package vn.motcua.plugins.socialwelfare;
