/**
 * The Redis store: {@code redis://}, {@code rediss://}, {@code redis-cluster://} and
 * {@code rediss-cluster://} specs of the {@code cachedcompletion.store} property, built on Jedis.
 * Internal: users select it with the property; nothing here is API.
 */
package dev.cachedcompletion.internal.redis;
