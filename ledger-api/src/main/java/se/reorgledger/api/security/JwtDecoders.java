package se.reorgledger.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Decodes bearer tokens: signature (RS256 only; unsigned tokens never pass), expiry and not-before with a
 * minute of leeway, issuer and audience. Keys come from the issuer's discovery document, a JWK set URI, or a
 * PEM public key file.
 */
public class JwtDecoders {

    public JwtDecoder decoder(SecurityProperties.Jwt settings) {
        NimbusJwtDecoder decoder;
        if (SecurityProperties.Jwt.notBlank(settings.publicKeyLocation())) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(settings.publicKeyLocation()))
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        } else if (SecurityProperties.Jwt.notBlank(settings.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri())
                    .jwsAlgorithm(SignatureAlgorithm.RS256).build();
        } else {
            decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuer()).build();
        }
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(SecurityProperties.Jwt.notBlank(settings.issuer())
                ? JwtValidators.createDefaultWithIssuer(settings.issuer()) : JwtValidators.createDefault());
        if (SecurityProperties.Jwt.notBlank(settings.audience())) {
            validators.add(new JwtClaimValidator<List<String>>("aud",
                    audiences -> audiences != null && audiences.contains(settings.audience())));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }

    private static RSAPublicKey publicKey(String location) {
        try (InputStream in = new DefaultResourceLoader().getResource(location).getInputStream()) {
            String pem = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the JWT public key at " + location, e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("the JWT public key at " + location + " is not an RSA key", e);
        }
    }
}
