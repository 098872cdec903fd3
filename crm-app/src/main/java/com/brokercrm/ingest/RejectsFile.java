package com.brokercrm.ingest;

import com.brokercrm.ingest.csv.CsvText;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;

/** Writes {@code <file>.rejects.csv}: line, reason, record — sorted by line, replaced atomically. */
final class RejectsFile {

    private RejectsFile() {}

    static Path pathFor(Path source) {
        return source.resolveSibling(source.getFileName() + ".rejects.csv");
    }

    /** Writes the rejections next to the source, or deletes a stale rejects file when there are none. */
    static Path write(Path target, List<Rejection> rejections) throws IOException {
        if (rejections.isEmpty()) {
            Files.deleteIfExists(target);
            return null;
        }
        rejections.sort(Comparator.comparingLong(Rejection::line));
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            out.write("line,reason,record\n");
            for (Rejection r : rejections) {
                out.write(Long.toString(r.line()));
                out.write(',');
                out.write(CsvText.quoted(r.reason()));
                out.write(',');
                out.write(CsvText.quoted(r.record()));
                out.write('\n');
            }
        }
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }
}
