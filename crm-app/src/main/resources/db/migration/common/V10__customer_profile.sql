-- Per-client profiles: the models (crm-analytics, package com.brokercrm.analytics.model) run over
-- customer_indicator and write one row per client and as-of date. Profiles are kept for every as-of date
-- scored, so a client's value and risk can be followed over time; a run replaces only its own date, in
-- one transaction, so a failed or killed run leaves every earlier profile (and the date's previous one)
-- readable. Definitions, defaults and thresholds: docs/models.md.
--
-- Tags (habits, needs) are stored as '|'-delimited lists with a leading and trailing '|'
-- ('|HIGH_FREQUENCY|STAR_PREFERENCE|'), so a list filter is a LIKE '%|TAG|%' on both engines. The values
-- behind each tag, and the drivers of each score, are in drivers: a JSON object
-- {"value":[{"key":..,"value":..}..], "risk":[..], "habits":{"TAG":[..]}, "needs":{"TAG":[..]}}
-- whose keys are message keys the UI renders in plain words.
CREATE TABLE customer_profile (
    customer_id          VARCHAR(32)      NOT NULL,
    as_of                DATE             NOT NULL,
    run_id               BIGINT           NOT NULL,
    -- value: annual contribution minus cost to serve (CNY per year)
    net_commission       DECIMAL(18, 2),
    margin_interest      DECIMAL(18, 2),
    cash_spread          DECIMAL(18, 2),
    product_fees         DECIMAL(18, 2),
    contribution         DECIMAL(18, 2),
    cost_to_serve        DECIMAL(18, 2),
    client_value         DECIMAL(18, 2),
    value_percentile     DOUBLE PRECISION,
    tier                 VARCHAR(10)      CHECK (tier IN ('DIAMOND', 'PLATINUM', 'GOLD', 'SILVER', 'ORDINARY')),
    potential_value      DECIMAL(18, 2),
    -- risk preference read from behaviour
    risk_score           DOUBLE PRECISION CHECK (risk_score BETWEEN 0 AND 100),
    risk_class           VARCHAR(12)      CHECK (risk_class IN ('RISK_SEEKING', 'RISK_AVERSE', 'CONSERVATIVE')),
    implied_level        VARCHAR(2)       CHECK (implied_level IN ('C1', 'C2', 'C3', 'C4', 'C5')),
    questionnaire_level  VARCHAR(2),
    level_review         BOOLEAN          NOT NULL,
    -- tags
    habits               VARCHAR(1000)    NOT NULL,
    needs                VARCHAR(1000)    NOT NULL,
    drivers              VARCHAR(20000)   NOT NULL
);
