package vn.motcua.portal;

import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import vn.motcua.spi.DepartmentPlugin;
import vn.motcua.spi.Plugin;

/** A complete plugin that the test deployment marks as uninstalled: the core must never see it. */
@Plugin("dormant")
@ApplicationScoped
public class DormantPlugin implements DepartmentPlugin {

    static JavaArchive archive() {
        return ShrinkWrap.create(JavaArchive.class, "plugin-dormant.jar")
                .addClasses(DormantPlugin.class, DormantHelper.class)
                .addAsManifestResource(EmptyAsset.INSTANCE, "beans.xml")
                .addAsManifestResource(new StringAsset("dormant.title=Plugin ngủ\n"), "motcua/messages_vi.properties")
                .addAsManifestResource(
                        new StringAsset("dormant.title=Dormant plugin\n"), "motcua/messages_en.properties");
    }

    @Override
    public String id() {
        return "dormant";
    }

    @Override
    public String titleKey() {
        return "dormant.title";
    }

    @Override
    public String minCoreVersion() {
        return "0.1";
    }
}
