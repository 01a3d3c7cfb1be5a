/**
 * Spring Boot auto-configuration for ims-java-sdk: {@link io.github.imssdk.spring.ImsProperties}
 * ({@code ims.*}), the {@code IceClient} and {@code IceAsyncClient} beans
 * ({@link io.github.imssdk.spring.ImsAutoConfiguration}, adjustable with
 * {@link io.github.imssdk.spring.ImsClientCustomizer}), and the verified IMS callback endpoint
 * for Spring MVC ({@link io.github.imssdk.spring.ImsCallbackAutoConfiguration}) and WebFlux
 * ({@link io.github.imssdk.spring.ImsReactiveCallbackAutoConfiguration}).
 *
 * <p>Stable API: the property names, the bean types and the customizer.
 */
package io.github.imssdk.spring;
