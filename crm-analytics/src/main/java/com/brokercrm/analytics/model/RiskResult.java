package com.brokercrm.analytics.model;

import java.util.List;

/**
 * A client's risk preference read from behaviour.
 *
 * @param score behaviour score 0-100 (trading and holdings only)
 * @param riskClass the likeliest class, from behaviour with the questionnaire level and age as further
 *     evidence
 * @param classProbability the class's probability (0-1)
 * @param impliedLevel the level C1-C5 the behaviour score implies
 * @param questionnaireLevel the assessed level, null when not assessed
 * @param levelReview true when behaviour is well above the assessed level: a conversation, never an
 *     automatic change of level
 * @param drivers each signal's value and points, largest effect first, then the review reasons
 */
public record RiskResult(
        double score,
        RiskClass riskClass,
        double classProbability,
        String impliedLevel,
        String questionnaireLevel,
        boolean levelReview,
        List<Driver> drivers) {

    /** The same result without its drivers (a stored profile keeps them as JSON). */
    public RiskResult withoutDrivers() {
        return new RiskResult(
                score, riskClass, classProbability, impliedLevel, questionnaireLevel, levelReview, List.of());
    }
}
