package vn.motcua.directory.entity;

/** A node of a tree stored with a materialised path of ids: the root's path is {@code /id/}, its child's {@code /id/childId/}. */
public interface TreeNode {

    Long getId();

    TreeNode getParent();

    String getPath();

    void setPath(String path);
}
