package vn.motcua.directory.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.motcua.directory.entity.Agency;
import vn.motcua.directory.entity.Officer;
import vn.motcua.directory.entity.Role;

/**
 * View-scoped beans live in the HTTP session, which is passivated and, in a cluster, replicated: everything they hold
 * must survive serialization.
 */
class ViewStateSerializationTest {

    private static final List<Class<?>> VIEWS =
            List.of(AgenciesView.class, CountersView.class, OfficersView.class, RolesView.class, UnitsView.class);

    @Test
    void everyFieldAViewScopedBeanHoldsIsSerializable() {
        var offending = new ArrayList<String>();
        for (Class<?> view : VIEWS) {
            assertThat(view).hasAnnotation(ViewScoped.class);
            assertThat(Serializable.class).isAssignableFrom(view);
            for (Field field : view.getDeclaredFields()) {
                boolean state = !Modifier.isStatic(field.getModifiers())
                        && !Modifier.isTransient(field.getModifiers())
                        && !field.isAnnotationPresent(Inject.class); // CDI proxies are serializable
                if (state && !serializable(field.getGenericType())) {
                    offending.add(view.getSimpleName() + "." + field.getName());
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void anOfficerBeingEditedAndAnAgencyTreeSurviveARoundTrip() throws Exception {
        var parent = new Agency();
        parent.setName("Sở Thông tin và Truyền thông");
        parent.setCode("000.00.12.H99");
        var role = new Role();
        role.setName("Cán bộ tiếp nhận và trả kết quả");
        role.setPermissions(java.util.Set.of("dossier:receive"));
        var officer = new Officer();
        officer.setFullName("Nguyễn Thị Lan");
        officer.getAgencies().add(parent);
        officer.getRoles().add(role);
        TreeNode<Agency> root = new DefaultTreeNode<>();
        new DefaultTreeNode<>(parent, root);

        Officer officerBack = roundTrip(officer);
        TreeNode<Agency> rootBack = roundTrip(root);

        assertThat(officerBack.getFullName()).isEqualTo("Nguyễn Thị Lan");
        assertThat(officerBack.getAgencies()).extracting(Agency::getCode).containsExactly("000.00.12.H99");
        assertThat(officerBack.getRoles()).flatExtracting(Role::getPermissions).containsExactly("dossier:receive");
        assertThat(rootBack.getChildren().get(0).getData().getName()).isEqualTo("Sở Thông tin và Truyền thông");
    }

    /** A type is fine when its class is serializable (or an interface whose implementations must be) and so are its type arguments. */
    private static boolean serializable(Type type) {
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                if (!serializable(argument)) {
                    return false;
                }
            }
            return serializable(parameterized.getRawType());
        }
        if (type instanceof Class<?> c) {
            return c.isPrimitive() || c.isInterface() || Serializable.class.isAssignableFrom(c);
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws Exception {
        var bytes = new ByteArrayOutputStream();
        try (var out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (var in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
