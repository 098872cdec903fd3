package com.brokercrm.security;

import java.io.Serializable;
import java.util.Map;

/**
 * Which clients a user may see, as a SQL condition on the {@code customer} table aliased {@code c}. Every
 * query that reads client data joins or filters through {@link #condition()} with {@link #parameters()}.
 */
public sealed interface DataScope extends Serializable
        permits DataScope.All, DataScope.Branch, DataScope.OwnClients, DataScope.Nothing {

    DataScope ALL = new All();
    DataScope NONE = new Nothing();

    String condition();

    Map<String, Object> parameters();

    /** Shown in the navigation bar (message key and argument). */
    String describeKey();

    String describeArgument();

    record All() implements DataScope {
        public String condition() {
            return "1 = 1";
        }

        public Map<String, Object> parameters() {
            return Map.of();
        }

        public String describeKey() {
            return "scope.all";
        }

        public String describeArgument() {
            return "";
        }
    }

    record Branch(String branchId) implements DataScope {
        public String condition() {
            return "c.branch_id = :scopeBranch";
        }

        public Map<String, Object> parameters() {
            return Map.of("scopeBranch", branchId);
        }

        public String describeKey() {
            return "scope.branch";
        }

        public String describeArgument() {
            return branchId;
        }
    }

    record OwnClients(String staffId) implements DataScope {
        public String condition() {
            return "(c.manager_id = :scopeStaff OR c.broker_id = :scopeStaff)";
        }

        public Map<String, Object> parameters() {
            return Map.of("scopeStaff", staffId);
        }

        public String describeKey() {
            return "scope.own";
        }

        public String describeArgument() {
            return staffId;
        }
    }

    /** A scoped role without its staff link sees no client at all. */
    record Nothing() implements DataScope {
        public String condition() {
            return "1 = 0";
        }

        public Map<String, Object> parameters() {
            return Map.of();
        }

        public String describeKey() {
            return "scope.none";
        }

        public String describeArgument() {
            return "";
        }
    }
}
