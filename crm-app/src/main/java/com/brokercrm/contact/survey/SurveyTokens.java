package com.brokercrm.contact.survey;

import com.brokercrm.config.BrokerCrmProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Signs survey ids for the links in messages: {@code <survey id>.<HMAC-SHA256 of the id>}, base64url. The key
 * is {@code brokercrm.survey.secret}, or a random one generated once into {@code <data-dir>/survey-secret}
 * (owner-only) so links keep working across restarts.
 */
@Component
public class SurveyTokens {

    static final String SECRET_FILE = "survey-secret";

    private final byte[] key;

    @org.springframework.beans.factory.annotation.Autowired
    public SurveyTokens(SurveyProperties properties, BrokerCrmProperties app) {
        this(
                properties.secret() != null && !properties.secret().isBlank()
                        ? properties.secret().getBytes(StandardCharsets.UTF_8)
                        : storedSecret(app.dataDir().resolve(SECRET_FILE)));
    }

    SurveyTokens(byte[] key) {
        if (key.length < 16) {
            throw new IllegalStateException("brokercrm.survey.secret must have at least 16 characters");
        }
        this.key = key.clone();
    }

    public String sign(String surveyId) {
        return surveyId + "." + mac(surveyId);
    }

    /** The survey id a token was signed for, or empty when the token is not one of ours. */
    public Optional<String> verify(String token) {
        if (token == null || token.length() > 200) {
            return Optional.empty();
        }
        int dot = token.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = token.substring(0, dot);
        byte[] given = token.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = mac(id).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(id) : Optional.empty();
    }

    private String mac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    static synchronized byte[] storedSecret(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder()
                        .decode(Files.readString(file, StandardCharsets.US_ASCII)
                                .strip());
            }
            byte[] secret = new byte[32];
            new SecureRandom().nextBytes(secret);
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(temp, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the data folder's own permissions protect the file
            }
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the survey secret " + file, e);
        }
    }
}
