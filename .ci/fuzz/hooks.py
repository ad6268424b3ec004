"""Schemathesis checks for Costar: a GraphQL error with a client's code
(FORBIDDEN, CONFLICT, BAD_USER_INPUT, ...) is a correct answer; what must
never happen is a 5xx other than 503/504 by design, or an
INTERNAL_SERVER_ERROR."""

import schemathesis


@schemathesis.check
def no_internal_error(ctx, response, case):
    if response.status_code >= 500 and response.status_code not in (503, 504):
        raise AssertionError(f"server error {response.status_code}: {response.text[:300]}")
    try:
        body = response.json()
    except ValueError:
        return
    for error in (body or {}).get("errors") or []:
        code = ((error or {}).get("extensions") or {}).get("code")
        if code in (None, "INTERNAL_SERVER_ERROR"):
            raise AssertionError(f"error without a client code: {error}")
