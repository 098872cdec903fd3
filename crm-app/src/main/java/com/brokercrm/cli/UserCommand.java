package com.brokercrm.cli;

import com.brokercrm.compliance.AuditAction;
import com.brokercrm.compliance.AuditLog;
import com.brokercrm.compliance.AuditOutcome;
import com.brokercrm.security.AppUser;
import com.brokercrm.security.Role;
import com.brokercrm.security.UserAccounts;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "Manage the users who sign in to BrokerCRM (the first administrator is created here).",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.ResetPassword.class})
class UserCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "say which: add, list or reset-password");
    }

    static String operator() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    @Command(
            name = "add",
            mixinStandardHelpOptions = true,
            description = {
                "Create a user with a random password, printed once.",
                "Roles: HQ_ADMIN, HQ_ANALYST, BRANCH_MANAGER, ACCOUNT_MANAGER, BROKER, ADVISOR, CALL_AGENT,"
                        + " COMPLIANCE.",
                "ACCOUNT_MANAGER, BROKER, BRANCH_MANAGER and ADVISOR need --staff (it decides their clients)."
            })
    static class Add extends SpringCommand implements Callable<Integer> {
        @Parameters(paramLabel = "USERNAME")
        String username;

        @Option(names = "--role", required = true)
        Role role;

        @Option(names = "--staff", description = "Staff id the user is linked to.")
        String staff;

        @Option(names = "--name", description = "Name shown in the application (default: the user name).")
        String name;

        Add(String[] springArgs) {
            super(springArgs);
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = startWithoutWeb()) {
                String password = UserAccounts.randomPassword();
                try {
                    context.getBean(UserAccounts.class).create(username, name, role, staff, password);
                } catch (UserAccounts.Refused e) {
                    System.err.println("Refused: " + e.getMessage());
                    return 1;
                }
                context.getBean(AuditLog.class)
                        .record(
                                operator(),
                                null,
                                AuditAction.USER_CHANGE,
                                "user",
                                username,
                                "created as " + role + " from the command line",
                                "cli",
                                AuditOutcome.OK);
                System.out.println("Created " + username + " (" + role + "). Password (shown once): " + password);
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List users, roles and staff links.")
    static class ListUsers extends SpringCommand implements Callable<Integer> {
        ListUsers(String[] springArgs) {
            super(springArgs);
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = startWithoutWeb()) {
                for (AppUser user : context.getBean(UserAccounts.class).list()) {
                    System.out.printf(
                            "%-16s %-16s %-10s %-8s %s%n",
                            user.username(),
                            user.role(),
                            user.staffId() == null ? "" : user.staffId(),
                            user.enabled() ? "enabled" : "disabled",
                            user.displayName());
                }
                return 0;
            }
        }
    }

    @Command(
            name = "reset-password",
            mixinStandardHelpOptions = true,
            description = "Give a user a new random password, printed once.")
    static class ResetPassword extends SpringCommand implements Callable<Integer> {
        @Parameters(paramLabel = "USERNAME")
        String username;

        ResetPassword(String[] springArgs) {
            super(springArgs);
        }

        @Override
        public Integer call() {
            try (ConfigurableApplicationContext context = startWithoutWeb()) {
                String password = UserAccounts.randomPassword();
                try {
                    context.getBean(UserAccounts.class).setPassword(username, password);
                } catch (UserAccounts.Refused e) {
                    System.err.println("Refused: " + e.getMessage());
                    return 1;
                }
                context.getBean(AuditLog.class)
                        .record(
                                operator(),
                                null,
                                AuditAction.USER_CHANGE,
                                "user",
                                username,
                                "password reset from the command line",
                                "cli",
                                AuditOutcome.OK);
                System.out.println("New password for " + username + " (shown once): " + password);
                return 0;
            }
        }
    }
}
