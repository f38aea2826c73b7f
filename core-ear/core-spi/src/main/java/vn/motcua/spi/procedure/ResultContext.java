package vn.motcua.spi.procedure;

import java.time.LocalDateTime;

/**
 * What the core knows at approval time, beyond the dossier itself.
 *
 * @param approvedAt when the leader approved
 * @param approverName the approving leader's display name (printed as signatory)
 * @param placeName the province's place name for the date line, e.g. {@code Thái Hòa}
 * @param lookupUrl the public lookup address of the dossier (with code and secret), for a QR code on the result
 *
 * @since 0.1.0
 */
public record ResultContext(LocalDateTime approvedAt, String approverName, String placeName, String lookupUrl) {}
