"""Resource clients for the operations tagged rbac: `client.rbac` on Strait and AsyncStrait.

Generated from openapi/strait.yaml by `nox -s generate`; do not edit by hand.
"""

from __future__ import annotations

import builtins
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

from ...._pagination import apaginate, paginate
from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncHTTPClientProvider, HTTPClientProvider
    from ...models.assign_member_request import AssignMemberRequest
    from ...models.bulk_assign_members_request import BulkAssignMembersRequest
    from ...models.bulk_assign_members_result import BulkAssignMembersResult
    from ...models.create_resource_policy_request import CreateResourcePolicyRequest
    from ...models.create_role_request import CreateRoleRequest
    from ...models.create_tag_policy_request import CreateTagPolicyRequest
    from ...models.project_member_role import ProjectMemberRole
    from ...models.project_member_role_list import ProjectMemberRoleList
    from ...models.project_role import ProjectRole
    from ...models.project_role_list import ProjectRoleList
    from ...models.resource_policy import ResourcePolicy
    from ...models.resource_policy_list import ResourcePolicyList
    from ...models.role_with_lineage import RoleWithLineage
    from ...models.tag_policy import TagPolicy
    from ...models.tag_policy_list import TagPolicyList
    from ...models.update_role_request import UpdateRoleRequest


class Rbac:
    """Operations tagged rbac in the API document."""

    def __init__(self, client: HTTPClientProvider) -> None:
        self._client = client

    def list_members(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectMemberRoleList:
        """List the project's role assignments, newest first.

        Calls `list_members`: `GET /v1/members`.
        """
        from . import list_members  # noqa: PLC0415

        return list_members.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_members(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ProjectMemberRole]:
        """Iterate over every item of `list_members`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_members  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_members.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def assign_member(
        self,
        *,
        body: AssignMemberRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectMemberRole:
        """Give a user a role in the project.

        Calls `assign_member`: `POST /v1/members`.
        """
        from . import assign_member  # noqa: PLC0415

        return assign_member.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def bulk_assign_members(
        self,
        *,
        body: BulkAssignMembersRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkAssignMembersResult:
        """Give several users roles in one request.

        Calls `bulk_assign_members`: `POST /v1/members/bulk`.
        """
        from . import bulk_assign_members  # noqa: PLC0415

        return bulk_assign_members.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def remove_member(
        self,
        user_id: str,
    ) -> None:
        """Remove a user's role assignment from the project.

        Calls `remove_member`: `DELETE /v1/members/{user_id}`.
        """
        from . import remove_member  # noqa: PLC0415

        return remove_member.sync(
            user_id=user_id,
            client=self._client,
        )

    def list_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ResourcePolicyList:
        """List the policies on one resource, newest first.

        Calls `list_resource_policies`: `GET /v1/resource-policies`.
        """
        from . import list_resource_policies  # noqa: PLC0415

        return list_resource_policies.sync(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ResourcePolicy]:
        """Iterate over every item of `list_resource_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_resource_policies  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_resource_policies.sync(
                client=self._client,
                resource_type=resource_type,
                resource_id=resource_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_resource_policy(
        self,
        *,
        body: CreateResourcePolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ResourcePolicy:
        """Grant a user actions on one resource, beyond their role.

        Calls `create_resource_policy`: `POST /v1/resource-policies`.
        """
        from . import create_resource_policy  # noqa: PLC0415

        return create_resource_policy.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def delete_resource_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a resource policy.

        Calls `delete_resource_policy`: `DELETE /v1/resource-policies/{policy_id}`.
        """
        from . import delete_resource_policy  # noqa: PLC0415

        return delete_resource_policy.sync(
            policy_id=policy_id,
            client=self._client,
        )

    def list_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectRoleList:
        """List the project's roles, newest first.

        Calls `list_roles`: `GET /v1/roles`.
        """
        from . import list_roles  # noqa: PLC0415

        return list_roles.sync(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_roles(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[ProjectRole]:
        """Iterate over every item of `list_roles`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_roles  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_roles.sync(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_role(
        self,
        *,
        body: CreateRoleRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectRole:
        """Create a custom role in the project.

        Calls `create_role`: `POST /v1/roles`.
        """
        from . import create_role  # noqa: PLC0415

        return create_role.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def get_role(
        self,
        role_id: str,
        *,
        include_lineage: bool | Unset = UNSET,
    ) -> ProjectRole | RoleWithLineage:
        """Get a role by its id, optionally with its chain of parent roles.

        Calls `get_role`: `GET /v1/roles/{role_id}`.
        """
        from . import get_role  # noqa: PLC0415

        return get_role.sync(
            role_id=role_id,
            client=self._client,
            include_lineage=include_lineage,
        )

    def delete_role(
        self,
        role_id: str,
    ) -> None:
        """Delete a custom role.

        Calls `delete_role`: `DELETE /v1/roles/{role_id}`.
        """
        from . import delete_role  # noqa: PLC0415

        return delete_role.sync(
            role_id=role_id,
            client=self._client,
        )

    def update_role(
        self,
        role_id: str,
        *,
        body: UpdateRoleRequest,
    ) -> ProjectRole:
        """Replace the name, description, permissions and parent of a custom role.

        Calls `update_role`: `PATCH /v1/roles/{role_id}`.
        """
        from . import update_role  # noqa: PLC0415

        return update_role.sync(
            role_id=role_id,
            client=self._client,
            body=body,
        )

    def seed_system_roles(
        self,
    ) -> builtins.list[ProjectRole]:
        """Create the built-in roles in the project where they are missing.

        Calls `seed_system_roles`: `POST /v1/seed-roles`.
        """
        from . import seed_system_roles  # noqa: PLC0415

        return seed_system_roles.sync(
            client=self._client,
        )

    def list_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> TagPolicyList:
        """List the project's tag policies, newest first.

        Calls `list_tag_policies`: `GET /v1/tag-policies`.
        """
        from . import list_tag_policies  # noqa: PLC0415

        return list_tag_policies.sync(
            client=self._client,
            resource_type=resource_type,
            user_id=user_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> Iterator[TagPolicy]:
        """Iterate over every item of `list_tag_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_tag_policies  # noqa: PLC0415

        def fetch(cursor: str | None, limit: int | None) -> Any:
            return list_tag_policies.sync(
                client=self._client,
                resource_type=resource_type,
                user_id=user_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return paginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    def create_tag_policy(
        self,
        *,
        body: CreateTagPolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TagPolicy:
        """Grant a user actions on every resource that carries a tag.

        Calls `create_tag_policy`: `POST /v1/tag-policies`.
        """
        from . import create_tag_policy  # noqa: PLC0415

        return create_tag_policy.sync(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    def delete_tag_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a tag policy.

        Calls `delete_tag_policy`: `DELETE /v1/tag-policies/{policy_id}`.
        """
        from . import delete_tag_policy  # noqa: PLC0415

        return delete_tag_policy.sync(
            policy_id=policy_id,
            client=self._client,
        )


class AsyncRbac:
    """Operations tagged rbac in the API document, as coroutines."""

    def __init__(self, client: AsyncHTTPClientProvider) -> None:
        self._client = client

    async def list_members(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectMemberRoleList:
        """List the project's role assignments, newest first.

        Calls `list_members`: `GET /v1/members`.
        """
        from . import list_members  # noqa: PLC0415

        return await list_members.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_members(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ProjectMemberRole]:
        """Iterate with `async for` over every item of `list_members`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_members  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_members.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def assign_member(
        self,
        *,
        body: AssignMemberRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectMemberRole:
        """Give a user a role in the project.

        Calls `assign_member`: `POST /v1/members`.
        """
        from . import assign_member  # noqa: PLC0415

        return await assign_member.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def bulk_assign_members(
        self,
        *,
        body: BulkAssignMembersRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> BulkAssignMembersResult:
        """Give several users roles in one request.

        Calls `bulk_assign_members`: `POST /v1/members/bulk`.
        """
        from . import bulk_assign_members  # noqa: PLC0415

        return await bulk_assign_members.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def remove_member(
        self,
        user_id: str,
    ) -> None:
        """Remove a user's role assignment from the project.

        Calls `remove_member`: `DELETE /v1/members/{user_id}`.
        """
        from . import remove_member  # noqa: PLC0415

        return await remove_member.asyncio(
            user_id=user_id,
            client=self._client,
        )

    async def list_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ResourcePolicyList:
        """List the policies on one resource, newest first.

        Calls `list_resource_policies`: `GET /v1/resource-policies`.
        """
        from . import list_resource_policies  # noqa: PLC0415

        return await list_resource_policies.asyncio(
            client=self._client,
            resource_type=resource_type,
            resource_id=resource_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_resource_policies(
        self,
        *,
        resource_type: str,
        resource_id: str,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ResourcePolicy]:
        """Iterate with `async for` over every item of `list_resource_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_resource_policies  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_resource_policies.asyncio(
                client=self._client,
                resource_type=resource_type,
                resource_id=resource_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_resource_policy(
        self,
        *,
        body: CreateResourcePolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ResourcePolicy:
        """Grant a user actions on one resource, beyond their role.

        Calls `create_resource_policy`: `POST /v1/resource-policies`.
        """
        from . import create_resource_policy  # noqa: PLC0415

        return await create_resource_policy.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def delete_resource_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a resource policy.

        Calls `delete_resource_policy`: `DELETE /v1/resource-policies/{policy_id}`.
        """
        from . import delete_resource_policy  # noqa: PLC0415

        return await delete_resource_policy.asyncio(
            policy_id=policy_id,
            client=self._client,
        )

    async def list_roles(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> ProjectRoleList:
        """List the project's roles, newest first.

        Calls `list_roles`: `GET /v1/roles`.
        """
        from . import list_roles  # noqa: PLC0415

        return await list_roles.asyncio(
            client=self._client,
            limit=limit,
            cursor=cursor,
        )

    def iter_roles(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[ProjectRole]:
        """Iterate with `async for` over every item of `list_roles`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_roles  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_roles.asyncio(
                client=self._client,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_role(
        self,
        *,
        body: CreateRoleRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> ProjectRole:
        """Create a custom role in the project.

        Calls `create_role`: `POST /v1/roles`.
        """
        from . import create_role  # noqa: PLC0415

        return await create_role.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def get_role(
        self,
        role_id: str,
        *,
        include_lineage: bool | Unset = UNSET,
    ) -> ProjectRole | RoleWithLineage:
        """Get a role by its id, optionally with its chain of parent roles.

        Calls `get_role`: `GET /v1/roles/{role_id}`.
        """
        from . import get_role  # noqa: PLC0415

        return await get_role.asyncio(
            role_id=role_id,
            client=self._client,
            include_lineage=include_lineage,
        )

    async def delete_role(
        self,
        role_id: str,
    ) -> None:
        """Delete a custom role.

        Calls `delete_role`: `DELETE /v1/roles/{role_id}`.
        """
        from . import delete_role  # noqa: PLC0415

        return await delete_role.asyncio(
            role_id=role_id,
            client=self._client,
        )

    async def update_role(
        self,
        role_id: str,
        *,
        body: UpdateRoleRequest,
    ) -> ProjectRole:
        """Replace the name, description, permissions and parent of a custom role.

        Calls `update_role`: `PATCH /v1/roles/{role_id}`.
        """
        from . import update_role  # noqa: PLC0415

        return await update_role.asyncio(
            role_id=role_id,
            client=self._client,
            body=body,
        )

    async def seed_system_roles(
        self,
    ) -> builtins.list[ProjectRole]:
        """Create the built-in roles in the project where they are missing.

        Calls `seed_system_roles`: `POST /v1/seed-roles`.
        """
        from . import seed_system_roles  # noqa: PLC0415

        return await seed_system_roles.asyncio(
            client=self._client,
        )

    async def list_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
    ) -> TagPolicyList:
        """List the project's tag policies, newest first.

        Calls `list_tag_policies`: `GET /v1/tag-policies`.
        """
        from . import list_tag_policies  # noqa: PLC0415

        return await list_tag_policies.asyncio(
            client=self._client,
            resource_type=resource_type,
            user_id=user_id,
            limit=limit,
            cursor=cursor,
        )

    def iter_tag_policies(
        self,
        *,
        resource_type: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
    ) -> AsyncIterator[TagPolicy]:
        """Iterate with `async for` over every item of `list_tag_policies`, across pages.

        `page_size` is the number of items per request (1 to 100, the server's default when
        None); iteration stops after `max_items` items when it is given.
        """

        from . import list_tag_policies  # noqa: PLC0415

        async def fetch(cursor: str | None, limit: int | None) -> Any:
            return await list_tag_policies.asyncio(
                client=self._client,
                resource_type=resource_type,
                user_id=user_id,
                limit=UNSET if limit is None else limit,
                cursor=UNSET if cursor is None else cursor,
            )

        return apaginate(fetch, page_size=page_size, max_items=max_items, oldest_first=False)

    async def create_tag_policy(
        self,
        *,
        body: CreateTagPolicyRequest,
        idempotency_key: str | Unset = UNSET,
    ) -> TagPolicy:
        """Grant a user actions on every resource that carries a tag.

        Calls `create_tag_policy`: `POST /v1/tag-policies`.
        """
        from . import create_tag_policy  # noqa: PLC0415

        return await create_tag_policy.asyncio(
            client=self._client,
            body=body,
            idempotency_key=idempotency_key,
        )

    async def delete_tag_policy(
        self,
        policy_id: str,
    ) -> None:
        """Delete a tag policy.

        Calls `delete_tag_policy`: `DELETE /v1/tag-policies/{policy_id}`.
        """
        from . import delete_tag_policy  # noqa: PLC0415

        return await delete_tag_policy.asyncio(
            policy_id=policy_id,
            client=self._client,
        )
