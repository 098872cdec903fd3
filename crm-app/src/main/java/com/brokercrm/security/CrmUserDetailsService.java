package com.brokercrm.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads users from {@code app_user} for login. */
@Service
class CrmUserDetailsService implements UserDetailsService {

    private final UserStore users;

    CrmUserDetailsService(UserStore users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.credentials(username)
                .map(c -> new CrmUser(c.user(), c.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
