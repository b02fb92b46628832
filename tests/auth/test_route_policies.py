"""Every API route declares who may call it.

The walk covers every APIRoute under /api and every method: routes in PUBLIC answer without a
token; every other route must depend on an Authenticator, answer 401 to an anonymous call
(even with an empty or wrongly typed body and nonsense path parameters) and 403 to each role
its Authenticator does not admit. A new route without a declared policy fails this suite.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator

import httpx
import pytest
from fastapi import FastAPI
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute
from sqlalchemy.ext.asyncio import AsyncSession

from gurukul.auth.principal import Authenticator, Role
from tests.fixtures.auth import auth_headers, create_user

pytestmark = pytest.mark.anyio

# (method, path) pairs anyone may call. Keep this list short and justify each entry.
PUBLIC = {
    ("GET", "/api/health"),  # load balancer liveness
    ("GET", "/api/health/detailed"),  # operators' dashboard; no user data
    ("POST", "/api/auth/signup"),  # creating an account needs none
    ("POST", "/api/auth/login"),
    ("POST", "/api/auth/refresh"),  # the refresh token in the body is the credential
}
# FastAPI's own documentation routes (plain Starlette routes, not APIRoutes).
PUBLIC_DOCS = ["/api/openapi.json", "/api/docs", "/api/redoc"]

BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
PATH_PARAM = re.compile(r"\{[^}]+\}")


def api_routes(app: FastAPI) -> Iterator[tuple[str, str, APIRoute]]:
    for route in app.routes:
        if isinstance(route, APIRoute) and route.path.startswith("/api"):
            for method in sorted(route.methods):
                yield method, route.path, route


def authenticators(dependant: Dependant) -> Iterator[Authenticator]:
    for sub in dependant.dependencies:
        if isinstance(sub.call, Authenticator):
            yield sub.call
        yield from authenticators(sub)


def admitted_roles(route: APIRoute) -> frozenset[Role] | None:
    """The roles the route's Authenticator admits; None when it has no Authenticator."""
    found = list(authenticators(route.dependant))
    if not found:
        return None
    roles = frozenset(Role)
    for authenticator in found:
        roles &= authenticator.roles
    return roles


def filled(path: str, value: str) -> str:
    return PATH_PARAM.sub(value, path)


async def call(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    *,
    headers: dict[str, str] | None = None,
    body: object = None,
) -> httpx.Response:
    if method in BODY_METHODS:
        return await client.request(
            method, path, json={} if body is None else body, headers=headers
        )
    return await client.request(method, path, headers=headers)


class TestRoutePolicies:
    async def test_walk_finds_the_routes(self, app: FastAPI) -> None:
        paths = {path for _, path, _ in api_routes(app)}
        # A guard against a walk that silently sees nothing (e.g. lazily mounted routers).
        assert {"/api/auth/login", "/api/user/profile", "/api/admin/cohorts"} <= paths

    async def test_public_list_names_real_routes_without_an_authenticator(
        self, app: FastAPI
    ) -> None:
        routes = {(method, path): route for method, path, route in api_routes(app)}
        for key in sorted(PUBLIC):
            assert key in routes, f"{key} is in PUBLIC but no such route exists"
            assert admitted_roles(routes[key]) is None, f"{key} is PUBLIC but has a principal"

    async def test_every_other_route_declares_who_may_call_it(self, app: FastAPI) -> None:
        undeclared = [
            f"{method} {path}"
            for method, path, route in api_routes(app)
            if (method, path) not in PUBLIC and admitted_roles(route) is None
        ]
        assert not undeclared, (
            "routes without an Authenticator (use AnyUser/CurrentStudent/CurrentCoach/"
            f"CurrentAdmin, or add them to PUBLIC with a reason): {undeclared}"
        )

    async def test_anonymous_calls_get_401(self, app: FastAPI, client: httpx.AsyncClient) -> None:
        wrong: list[str] = []
        for method, path, _ in api_routes(app):
            if (method, path) in PUBLIC:
                continue
            attempts = [
                (filled(path, str(uuid.uuid4())), None, None),
                (filled(path, "not-a-uuid"), None, None),  # path validation comes after auth
                (filled(path, str(uuid.uuid4())), None, {"unexpected": [1, 2]}),
                (filled(path, str(uuid.uuid4())), {"Authorization": "Bearer not-a-jwt"}, None),
                (filled(path, str(uuid.uuid4())), {"Authorization": "Basic dXNlcjpwYXNz"}, None),
            ]
            for url, headers, body in attempts:
                response = await call(client, method, url, headers=headers, body=body)
                if response.status_code != 401:
                    wrong.append(f"{method} {url} {headers} -> {response.status_code}")
                elif response.headers.get("www-authenticate") != "Bearer":
                    wrong.append(f"{method} {url}: 401 without WWW-Authenticate: Bearer")
        assert not wrong, wrong

    async def test_roles_not_admitted_get_403(
        self, app: FastAPI, client: httpx.AsyncClient, session: AsyncSession
    ) -> None:
        headers = {role: await auth_headers(app, await create_user(session, role)) for role in Role}
        wrong: list[str] = []
        checked = 0
        for method, path, route in api_routes(app):
            roles = admitted_roles(route)
            if roles is None:
                continue
            for role in set(Role) - roles:
                url = filled(path, str(uuid.uuid4()))
                response = await call(client, method, url, headers=headers[role])
                checked += 1
                code = response.json()["errors"][0]["code"] if response.status_code >= 400 else ""
                if (response.status_code, code) != (403, "forbidden_role"):
                    wrong.append(f"{role} {method} {url} -> {response.status_code} {code}")
        assert not wrong, wrong
        assert checked > 0

    async def test_public_routes_answer_without_a_token(
        self, app: FastAPI, client: httpx.AsyncClient
    ) -> None:
        for method, path in sorted(PUBLIC):
            response = await call(client, method, path)
            # An empty body is a validation error, not an authentication one.
            assert response.status_code in (200, 422), (method, path, response.status_code)
        for path in PUBLIC_DOCS:
            assert (await client.get(path)).status_code == 200, path

    async def test_malformed_json_is_400_before_authentication(
        self, client: httpx.AsyncClient
    ) -> None:
        # FastAPI parses the JSON body before it resolves dependencies, so a body that is not
        # JSON at all is refused first. The answer reveals nothing but that the route exists,
        # which the OpenAPI document says anyway; any parseable body gets 401 first.
        response = await client.post(
            "/api/admin/cohorts",
            content=b"{not json",
            headers={"Content-Type": "application/json"},
        )
        assert response.status_code == 400
        assert response.json()["errors"][0]["code"] == "malformed_json"
