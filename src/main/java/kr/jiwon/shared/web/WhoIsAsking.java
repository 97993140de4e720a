package kr.jiwon.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import kr.jiwon.shared.Actor;
import kr.jiwon.shared.CurrentUser;
import kr.jiwon.shared.CurrentUsers;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives handlers who is asking: a {@link CurrentUser} parameter is the signed-in user (asking without signing in
 * is refused, which sends a browser to the login page and gives the API a 401), {@code Optional<CurrentUser>} is
 * the user if any, and an {@link Actor} parameter is the audit actor with the client's address (anonymous when
 * nobody is signed in). The user is looked up once per request, through the {@link CurrentUsers} port.
 */
class WhoIsAsking implements HandlerMethodArgumentResolver {

    private static final String CACHE = WhoIsAsking.class.getName() + ".user";

    private final java.util.function.Function<String, java.util.Optional<kr.jiwon.shared.CurrentUser>> users;

    WhoIsAsking(java.util.function.Function<String, java.util.Optional<kr.jiwon.shared.CurrentUser>> users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter p) {
        return p.getParameterType() == CurrentUser.class || p.getParameterType() == Actor.class || isOptionalUser(p);
    }

    private static boolean isOptionalUser(MethodParameter p) {
        return p.getParameterType() == Optional.class
                && ResolvableType.forMethodParameter(p).getGeneric(0).resolve() == CurrentUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter p, ModelAndViewContainer mav, NativeWebRequest web,
            WebDataBinderFactory binders) {
        HttpServletRequest request = web.getNativeRequest(HttpServletRequest.class);
        Optional<CurrentUser> user = user(request);
        if (p.getParameterType() == Actor.class) {
            String ip = request == null ? null : request.getRemoteAddr();
            return user.map(u -> new Actor(u.username(), u.role().name(), ip)).orElseGet(() -> Actor.anonymous(ip));
        }
        if (isOptionalUser(p)) {
            return user;
        }
        return user.orElseThrow(() -> new AuthenticationCredentialsNotFoundException("sign-in required"));
    }

    @SuppressWarnings("unchecked")
    private Optional<CurrentUser> user(HttpServletRequest request) {
        Object cached = request == null ? null : request.getAttribute(CACHE);
        if (cached instanceof Optional<?> o) {
            return (Optional<CurrentUser>) o;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        Optional<CurrentUser> user = auth == null || !auth.isAuthenticated()
                || auth instanceof AnonymousAuthenticationToken ? Optional.empty() : users.apply(auth.getName());
        if (request != null) {
            request.setAttribute(CACHE, user);
        }
        return user;
    }
}
