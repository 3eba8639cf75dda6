package org.newskg.serve;

import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who may write to a served store: the users (name → password) allowed to use SPARQL Update and
 * the graph store protocol's writes at {@code /newskg/update}, over HTTP Basic. A server started
 * without one has no write endpoint at all.
 *
 * @param users each user's password; a password may carry Jetty's {@code MD5:}, {@code CRYPT:} or
 *              {@code OBF:} prefix instead of the plain text
 * @param realm the realm the browser shows when it asks for a password
 */
public record UpdateAccess(Map<String, String> users, String realm) {

    public static final String DEFAULT_REALM = "newskg update";

    public UpdateAccess {
        Objects.requireNonNull(realm, "realm");
        users = Map.copyOf(users);
        if (users.isEmpty()) {
            throw new IllegalArgumentException("update access needs at least one user");
        }
        users.forEach((user, password) -> {
            if (user.isBlank() || user.contains(":")) {
                throw new IllegalArgumentException("bad user name: '" + user + "'");
            }
            if (password.isEmpty()) {
                throw new IllegalArgumentException("user " + user + " has an empty password");
            }
        });
    }

    public UpdateAccess(Map<String, String> users) {
        this(users, DEFAULT_REALM);
    }

    public Set<String> userNames() {
        return users.keySet();
    }

    @Override
    public String toString() {
        // never print the passwords
        return "UpdateAccess[users=" + users.keySet() + ", realm=" + realm + "]";
    }
}
