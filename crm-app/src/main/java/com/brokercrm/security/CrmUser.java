package com.brokercrm.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user as Spring Security holds it: the account plus its role as an authority. */
public final class CrmUser implements UserDetails {

    private final AppUser user;
    private transient String passwordHash;

    CrmUser(AppUser user, String passwordHash) {
        this.user = user;
        this.passwordHash = passwordHash;
    }

    public AppUser account() {
        return user;
    }

    public DataScope scope() {
        return user.scope();
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<CrmUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CrmUser crmUser) {
            return Optional.of(crmUser);
        }
        return Optional.empty();
    }

    /** The scope of the current request's user; no user means no client. */
    public static DataScope currentScope() {
        return current().map(CrmUser::scope).orElse(DataScope.NONE);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return user.enabled();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrmUser that && that.user.username().equals(user.username());
    }

    @Override
    public int hashCode() {
        return user.username().hashCode();
    }

    @Override
    public String toString() {
        return "CrmUser[" + user.username() + ", " + user.role() + "]";
    }
}
