package se.reorgledger.api.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The embedded default has no built-in password. When no user is configured, the first start generates a
 * password for the user {@code admin}, prints it once, and keeps only its hash in the data folder; later starts
 * use the hash. Deleting the file makes the next start generate a new one.
 */
final class GeneratedAdminPassword {

    static final String USER = "admin";
    private static final Logger log = LoggerFactory.getLogger(GeneratedAdminPassword.class);

    private GeneratedAdminPassword() {
    }

    static String encodedPassword(Path dataFolder, PasswordEncoder encoder) {
        Path file = dataFolder.resolve("admin-password.hash");
        try {
            if (Files.exists(file)) {
                log.info("User '{}' has the password generated at the first start (its hash is in {}); delete that "
                        + "file to generate a new one, or configure ledger.security.users", USER, file);
                return Files.readString(file, StandardCharsets.UTF_8).strip();
            }
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            String encoded = encoder.encode(password);
            Files.createDirectories(dataFolder);
            Files.writeString(file, encoded + "\n", StandardCharsets.UTF_8);
            restrict(file);
            // Printed once, on the console only, so that the operator can sign in; it is stored nowhere.
            System.out.println("\n  Generated password for the ledger user 'admin' (printed only now): " + password
                    + "\n  Configure ledger.security.users to choose your own users.\n");
            return encoded;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the generated admin password in " + dataFolder, e);
        }
    }

    private static void restrict(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            log.warn("Could not restrict the permissions of {}", file);
        }
    }
}
