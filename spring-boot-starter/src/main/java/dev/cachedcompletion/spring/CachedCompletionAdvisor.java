package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCompletion;
import org.aopalliance.aop.Advice;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AbstractPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.core.Ordered;

/**
 * Advises every {@code @CachedCompletion} method of a Spring bean, so that an application caches
 * without weaving. Like a woven method, only the annotated method itself matches (an override
 * without the annotation does not). Ordered last, closest to the target (see
 * {@link CachedCompletionInterceptor}).
 *
 * <p>What a proxy cannot do, weaving does: a call from inside the bean ({@code this.method()}) and
 * a method a proxy cannot override (private, final, or of an object Spring did not create) are not
 * intercepted. A class that is woven as well is cached once: by this advisor when called through
 * the proxy, by the woven aspect otherwise.
 */
public final class CachedCompletionAdvisor extends AbstractPointcutAdvisor {

    private static final long serialVersionUID = 1L;

    private final transient Pointcut pointcut = new AnnotationMatchingPointcut(null, CachedCompletion.class);
    private final transient Advice advice;

    /** An advisor for the one cache of this class loader, the one the woven aspect uses. */
    public CachedCompletionAdvisor() {
        this.advice = new CachedCompletionInterceptor();
        setOrder(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public Pointcut getPointcut() {
        return pointcut;
    }

    @Override
    public Advice getAdvice() {
        return advice;
    }
}
