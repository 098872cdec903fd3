package com.brokercrm.contact.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Signed survey links: only our own signatures pass, and a generated secret survives a restart. */
class SurveyTokensTest {

    @Test
    void onlyTokensSignedWithTheSecretPass() {
        SurveyTokens tokens = new SurveyTokens("a-secret-of-enough-length".getBytes());
        String token = tokens.sign("S-1234");
        assertThat(tokens.verify(token)).contains("S-1234");
        assertThat(tokens.verify("S-1235" + token.substring(6))).isEmpty();
        assertThat(tokens.verify(token + "x")).isEmpty();
        assertThat(tokens.verify("S-1234")).isEmpty();
        assertThat(tokens.verify(null)).isEmpty();
        assertThat(new SurveyTokens("another-secret-of-length".getBytes()).verify(token))
                .isEmpty();
    }

    @Test
    void aGeneratedSecretIsKeptOwnerOnlyAndReused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SurveyTokens.SECRET_FILE);
        byte[] first = SurveyTokens.storedSecret(file);
        assertThat(first).hasSize(32);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(SurveyTokens.storedSecret(file)).isEqualTo(first);
        assertThat(new SurveyTokens(first).sign("S-1"))
                .isEqualTo(new SurveyTokens(SurveyTokens.storedSecret(file)).sign("S-1"));
    }
}
