package dev.cachedcompletion.internal.aspect;

import dev.cachedcompletion.internal.CompletionEngine;
import dev.cachedcompletion.internal.Invocation;
import org.aspectj.lang.ProceedingJoinPoint;
import org.aspectj.lang.annotation.Around;
import org.aspectj.lang.annotation.Aspect;

/**
 * The thin shell: binds every execution of a {@code @CachedCompletion} method and hands it to
 * {@link CompletionEngine}. No logic lives here, so the interceptor is tested without ajc.
 * The annotation is named in full: a simple name plus an import silently matches nothing under
 * load-time weaving.
 */
@Aspect
public class CachedCompletionAspect {

    @Around("execution(@dev.cachedcompletion.CachedCompletion * *(..))")
    public Object aroundCachedCompletion(ProceedingJoinPoint joinPoint) throws Throwable {
        return CompletionEngine.global().call(
                joinPoint.getStaticPart(), joinPoint.getTarget(), joinPoint.getArgs(), new Invocation() {
                    @Override
                    public Object proceed() throws Throwable {
                        return joinPoint.proceed();
                    }

                    @Override
                    public Object proceed(Object[] args) throws Throwable {
                        return joinPoint.proceed(args);
                    }
                });
    }
}
