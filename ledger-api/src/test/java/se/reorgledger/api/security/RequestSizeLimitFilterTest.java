package se.reorgledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestSizeLimitFilterTest {

    private final RequestSizeLimitFilter filter = new RequestSizeLimitFilter(1024, new ProblemWriter(new ObjectMapper()));

    @Test
    void aFileFormOverTheLimitFromABrowserIsSentBackToTheFormWithTheLimit() throws Exception {
        MockHttpServletRequest upload = post("/organisationer/askersund/registrera/fil", "text/html,*/*;q=0.8");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(upload, response, chain);

        assertThat(response.getStatus()).isEqualTo(303);
        assertThat(response.getHeader("Location")).isEqualTo("/organisationer/askersund/registrera/fil?forStor=1024");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void anApiRequestOverTheLimitIsStillAProblemOfItsOwnType() throws Exception {
        MockHttpServletRequest upload = post("/api/v1/organisations/askersund/scenario", "text/html");
        MockHttpServletResponse response = new MockHttpServletResponse();

        filter.doFilter(upload, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("request-too-large");
    }

    private static MockHttpServletRequest post(String path, String accept) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.addHeader("Accept", accept);
        request.setContentType("multipart/form-data; boundary=x");
        request.setContent(new byte[2048]);
        return request;
    }
}
