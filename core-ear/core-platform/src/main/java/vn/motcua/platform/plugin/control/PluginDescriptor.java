package vn.motcua.platform.plugin.control;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the core knows of one installed plugin, read once at boot from its {@code DepartmentPlugin} bean.
 *
 * @param qualifierId the id in the bean's {@code @Plugin} qualifier, which must equal {@code id}
 * @param hasVietnameseMessages whether the plugin's own JAR ships {@code META-INF/motcua/messages_vi.properties}
 * @param hasEnglishMessages whether it ships {@code messages_en.properties}
 * @param titleResolves whether the title key is found in the merged messages in both languages
 * @param source where the plugin comes from, for messages: its {@code DepartmentPlugin} class and the JAR (or folder)
 *     that holds it, e.g. {@code vn.motcua.plugins.idp.IdpPlugin in idp-0.1.0.jar}
 * @param coreVersionLimit the first core version the plugin does not support, or null for no limit
 * @param unlabelledPermissions each permission whose words ({@link PluginReader#permissionKey}) are missing from the
 *     merged Vietnamese or English messages, to the language(s) lacking them, e.g. {@code idp:report:view → "en"}
 */
public record PluginDescriptor(
        String id,
        String qualifierId,
        String minCoreVersion,
        Set<String> requiredPlugins,
        List<String> permissions,
        boolean hasVietnameseMessages,
        boolean hasEnglishMessages,
        boolean titleResolves,
        String migrationLocation,
        String source,
        String coreVersionLimit,
        Map<String, String> unlabelledPermissions) {

    /** A descriptor whose source is not known (tests, hand-made descriptors). */
    public PluginDescriptor(
            String id,
            String qualifierId,
            String minCoreVersion,
            Set<String> requiredPlugins,
            List<String> permissions,
            boolean hasVietnameseMessages,
            boolean hasEnglishMessages,
            boolean titleResolves,
            String migrationLocation) {
        this(
                id,
                qualifierId,
                minCoreVersion,
                requiredPlugins,
                permissions,
                hasVietnameseMessages,
                hasEnglishMessages,
                titleResolves,
                migrationLocation,
                "?",
                null,
                Map.of());
    }
}
