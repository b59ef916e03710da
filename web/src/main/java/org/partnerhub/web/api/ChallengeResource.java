package org.partnerhub.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.partnerhub.application.shared.ProofOfWork;
import org.partnerhub.web.shared.ApiTime;

/** Proof-of-work challenges for the public forms (issue 18). */
@Path("v1/challenges")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "challenges")
public class ChallengeResource {

    @Inject
    ProofOfWork proofOfWork;

    /** A challenge, its difficulty (leading zero bits of SHA-256), the algorithm and until when it is accepted. */
    public record ChallengeDto(String challenge, int difficulty, String algorithm,
            java.time.OffsetDateTime expiresAt) {}

    @GET
    @Operation(operationId = "getChallenge", summary = "A proof-of-work challenge for a public form",
            description = "Find a solution (letters and digits, at most 64) such that SHA-256(challenge + \":\" + "
                    + "solution) starts with `difficulty` zero bits, and send \"challenge:solution\" in the "
                    + "Proof-Of-Work header of the form's POST (today POST /api/v1/partner-applications). A challenge "
                    + "serves once and until expiresAt; difficulty 0 means the step is off.")
    @SecurityRequirementsSet()
    @APIResponse(responseCode = "200", description = "A new challenge")
    public Response issue() {
        ProofOfWork.Challenge challenge = proofOfWork.issue();
        return Response.ok(new ChallengeDto(challenge.challenge(), challenge.difficulty(), "SHA-256",
                ApiTime.of(challenge.expiresAt()))).header("Cache-Control", "no-store").build();
    }
}
