package vn.motcua.directory.control;

import jakarta.persistence.EntityManager;
import vn.motcua.directory.entity.TreeNode;
import vn.motcua.directory.entity.Trees;
import vn.motcua.spi.DomainException;

/** Keeps materialised paths right when a node is created or moved: one bulk update for a whole subtree. */
public final class TreePaths {

    private TreePaths() {}

    /** Call after {@code persist} (the id is assigned then): sets the new node's path under its parent. */
    public static void place(TreeNode node) {
        node.setPath(Trees.childPath(
                node.getParent() == null ? null : node.getParent().getPath(), node.getId()));
    }

    /**
     * Re-roots a node and its subtree under {@code newParent} (null: make it a root); refuses to move a node under
     * itself. {@code entity} is the JPQL entity name.
     */
    public static void move(EntityManager em, String entity, TreeNode node, TreeNode newParent) {
        String oldPath = node.getPath();
        if (newParent != null && Trees.isSelfOrDescendant(oldPath, newParent.getPath())) {
            throw new DomainException("directory.tree.cycle");
        }
        String newPath = Trees.childPath(newParent == null ? null : newParent.getPath(), node.getId());
        if (newPath.equals(oldPath)) {
            return;
        }
        em.flush();
        em.createQuery("update " + entity + " n set n.path = concat(:newPath, substring(n.path, :cut))"
                        + " where n.path like :oldPrefix")
                .setParameter("newPath", newPath)
                .setParameter("cut", oldPath.length() + 1)
                .setParameter("oldPrefix", oldPath + "%")
                .executeUpdate();
        // EclipseLink's bulk update also moves the version of every row it touched: the node is read again, so that
        // the caller's next change to it (its new parent) is checked against the row as it is now, not refused as a
        // concurrent change.
        em.refresh(node);
    }
}
