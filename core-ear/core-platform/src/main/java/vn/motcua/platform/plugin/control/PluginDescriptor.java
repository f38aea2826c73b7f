package vn.motcua.platform.plugin.control;

import java.util.List;
import java.util.Set;

/**
 * What the core knows of one installed plugin, read once at boot from its {@code DepartmentPlugin} bean.
 *
 * @param qualifierId the id in the bean's {@code @Plugin} qualifier, which must equal {@code id}
 * @param hasVietnameseMessages whether the plugin's own JAR ships {@code META-INF/motcua/messages_vi.properties}
 * @param hasEnglishMessages whether it ships {@code messages_en.properties}
 * @param titleResolves whether the title key is found in the merged messages in both languages
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
        String migrationLocation) {}
