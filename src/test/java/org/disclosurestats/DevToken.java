package org.disclosurestats;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Mints a bearer token for local development, signed with the dev key pair that only the dev
 * profile trusts (its private key lives with the tests and is never packaged):
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.disclosurestats.DevToken \
 *     -Dexec.args="--sub my-platform --groups publisher --divisions 340100 --hours 8"
 * </pre>
 *
 * Defaults: subject dev-admin, groups admin, no divisions, valid 8 hours.
 */
public final class DevToken {

    static final String DEV_ISSUER = "https://dev.disclosure-stats.local";

    private DevToken() {
    }

    public static void main(String[] args) throws Exception {
        String subject = option(args, "--sub", "dev-admin");
        List<String> groups = list(option(args, "--groups", "admin"));
        List<String> divisions = list(option(args, "--divisions", ""));
        long hours = Long.parseLong(option(args, "--hours", "8"));
        var claims = Jwt.issuer(DEV_ISSUER).subject(subject).upn(subject).groups(new HashSet<>(groups)).expiresIn(hours * 3600);
        if (!divisions.isEmpty()) {
            claims.claim("divisions", divisions);
        }
        System.out.println(claims.sign(KeyUtils.readPrivateKey("dev-keys/privateKey.pem")));
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
