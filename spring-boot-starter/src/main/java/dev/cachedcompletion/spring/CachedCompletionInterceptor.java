package dev.cachedcompletion.spring;

import dev.cachedcompletion.CachedCalls;
import java.lang.reflect.Method;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.ProxyMethodInvocation;
import org.springframework.aop.support.AopUtils;
import org.springframework.core.BridgeMethodResolver;

/**
 * Hands a proxied call of a {@code @CachedCompletion} method to the same engine the woven aspect
 * uses. Holds no logic of its own: finding the method as its class declares it (a JDK proxy names
 * the interface's method, a bridge stands for a generic override) is all it adds. Thread-safe.
 *
 * <p>It must be the last interceptor before the target (its advisor is ordered last), so that the
 * method body runs on the thread that entered the engine: that is how a class that is also woven
 * knows the call was cached already.
 */
final class CachedCompletionInterceptor implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
        Object target = invocation.getThis();
        Method method = invocation.getMethod();
        if (target != null) {
            method = AopUtils.getMostSpecificMethod(method, AopUtils.getTargetClass(target));
        }
        method = BridgeMethodResolver.findBridgedMethod(method);
        // The key may keep the arguments, and the invocation's own array is passed on to the target.
        Object[] args = invocation.getArguments().clone();
        return CachedCalls.call(method, target, args, new CachedCalls.Body() {
            @Override
            public Object proceed() throws Throwable {
                return invocation.proceed();
            }

            @Override
            public Object proceed(Object[] replaced) throws Throwable {
                if (!(invocation instanceof ProxyMethodInvocation proxied)) {
                    throw new UnsupportedOperationException("this proxy cannot change a call's arguments");
                }
                proxied.setArguments(replaced);
                return proxied.proceed();
            }
        });
    }
}
