package vn.motcua.platform.security.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Who is asking, for the limits of the anonymous pages (the lookup throttle, the online submission quota): the
 * client's address, taken from a proxy header when the portal sits behind a load balancer that sets one (configured,
 * never trusted by default: a client could send any header), with an IPv6 address cut to its /64 network (one
 * subscriber gets a whole /64, so single IPv6 addresses would count nothing), and stored only as an HMAC-SHA-256 with
 * the installation's own secret key ({@link vn.motcua.platform.secret.boundary.InstallationSecrets}): a bare hash of
 * an IPv4 address is reversed by hashing all four billion of them, the HMAC cannot be without the key, which never
 * leaves the database. {@link Clients} gives the key of an HTTP request.
 */
public final class ClientKeys {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** With a colon, the JDK parses the text as an IPv6 literal and never asks DNS. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f.]*:[0-9A-Fa-f:.]{1,44}");

    private ClientKeys() {}

    /**
     * The throttle key of a request.
     *
     * @param remoteAddress the connection's address ({@code ServletRequest.getRemoteAddr()})
     * @param proxyHeader the value of the configured proxy header ({@code X-Forwarded-For}, {@code X-Real-IP}), or
     *     null when none is configured or sent; of a list, the last address is taken (the one our proxy added)
     * @param secret the key of the HMAC (the installation's secret)
     */
    public static String of(String remoteAddress, String proxyHeader, byte[] secret) {
        return of(remoteAddress, proxyHeader, keyed(secret));
    }

    /**
     * The throttle key of a request, with an HMAC already keyed ({@link #keyed}): it is cloned, never changed, so one
     * keyed HMAC serves every request. {@code Mac.getInstance} and {@code init} on every request were 10 % of the
     * lookup API's profile.
     */
    public static String of(String remoteAddress, String proxyHeader, Mac keyed) {
        String address = remoteAddress;
        if (proxyHeader != null && !proxyHeader.isBlank()) {
            String[] hops = proxyHeader.split(",");
            address = hops[hops.length - 1].strip();
        }
        return hmac(network(address == null ? "" : address), keyed);
    }

    /** An HMAC-SHA-256 keyed with the installation's secret, for {@link #of(String, String, Mac)}. */
    public static Mac keyed(byte[] secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** IPv4 as is, IPv6 as its /64 network; anything that is not an address literal as it came. */
    static String network(String address) {
        String bare =
                address.startsWith("[") && address.endsWith("]") ? address.substring(1, address.length() - 1) : address;
        if (IPV4.matcher(bare).matches()) {
            return "v4:" + bare; // parsed here, not by InetAddress: an odd IPv4 text could make the JDK ask DNS
        }
        if (!IPV6.matcher(bare).matches()) {
            return address;
        }
        try {
            byte[] bytes = InetAddress.getByName(bare).getAddress();
            return bytes.length == 16
                    ? "v6:" + HexFormat.of().formatHex(bytes, 0, 8) + "/64"
                    : "v4:" + InetAddress.getByAddress(bytes).getHostAddress(); // an IPv4-mapped IPv6 address
        } catch (UnknownHostException notAnAddress) {
            return address;
        }
    }

    private static String hmac(String text, Mac keyed) {
        Mac mac;
        try {
            mac = (Mac) keyed.clone(); // a Mac is not thread-safe: each request hashes with its own copy
        } catch (CloneNotSupportedException notTheJdksHmac) {
            throw new IllegalStateException("HmacSHA256 of the JDK can be cloned", notTheJdksHmac);
        }
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
