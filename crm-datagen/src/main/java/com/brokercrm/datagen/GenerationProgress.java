package com.brokercrm.datagen;

/** Receives the generator's progress: a phase name and how much of it is done. */
@FunctionalInterface
public interface GenerationProgress {

    void update(String phase, long done, long total);

    /** Ignores all progress. */
    GenerationProgress NONE = (p, d, t) -> {};
}
