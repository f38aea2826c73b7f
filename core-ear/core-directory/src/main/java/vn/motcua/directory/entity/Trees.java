package vn.motcua.directory.entity;

/** Path arithmetic for {@link TreeNode}s; pure functions, unit-tested. */
public final class Trees {

    private Trees() {}

    /** The path a node gets under a parent (or as a root when {@code parentPath} is null). */
    public static String childPath(String parentPath, long id) {
        return (parentPath == null ? "/" : parentPath) + id + "/";
    }

    /** Whether {@code candidate} is {@code node} itself or lies under it: moving a node there would make a cycle. */
    public static boolean isSelfOrDescendant(String nodePath, String candidatePath) {
        return candidatePath != null && nodePath != null && candidatePath.startsWith(nodePath);
    }

    /** Depth from the root: a root is 0. */
    public static int depth(String path) {
        if (path == null || path.length() <= 1) {
            return 0;
        }
        return (int) path.chars().filter(c -> c == '/').count() - 2;
    }
}
