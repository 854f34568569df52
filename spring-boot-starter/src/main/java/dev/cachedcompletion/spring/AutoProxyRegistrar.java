package dev.cachedcompletion.spring;

import org.springframework.aop.config.AopConfigUtils;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;

/**
 * Makes sure some auto-proxy creator applies the advisor, as {@code @EnableCaching} does: Spring
 * Boot's own AOP auto-configuration may be switched off ({@code spring.aop.auto=false}). An
 * existing, stronger creator (AspectJ's) is kept.
 */
final class AutoProxyRegistrar implements ImportBeanDefinitionRegistrar {

    @Override
    public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
        AopConfigUtils.registerAutoProxyCreatorIfNecessary(registry);
    }
}
