package com.brokercrm.analytics.model;

import java.util.List;

/**
 * A client's risk preference read from behaviour.
 *
 * @param score behaviour score 0-100 (trading and holdings only)
 * @param riskClass the class, from the behaviour score with the questionnaire level and age as further
 *     evidence
 * @param classScore the score the class is cut from (0-100)
 * @param impliedLevel the level C1-C5 the behaviour score implies
 * @param questionnaireLevel the assessed level, null when not assessed
 * @param levelReview true when behaviour is well above the assessed level: a conversation, never an
 *     automatic change of level
 * @param drivers each signal's value and points, largest effect first, then the review reasons
 */
public record RiskResult(
        double score,
        RiskClass riskClass,
        double classScore,
        String impliedLevel,
        String questionnaireLevel,
        boolean levelReview,
        List<Driver> drivers) {}
