"""The only place routers are mounted."""

from fastapi import APIRouter

from gurukul.assessments import endpoints as assessments_endpoints
from gurukul.auth import endpoints as auth_endpoints
from gurukul.curriculum import endpoints as curriculum_endpoints
from gurukul.mastery import endpoints as mastery_endpoints
from gurukul.ops.endpoints import router as ops_router
from gurukul.questions import endpoints as questions_endpoints
from gurukul.rankings import endpoints as rankings_endpoints
from gurukul.users import endpoints as users_endpoints

api = APIRouter(prefix="/api")
api.include_router(ops_router)
api.include_router(auth_endpoints.router)
api.include_router(auth_endpoints.admin_router)
api.include_router(users_endpoints.router)
api.include_router(users_endpoints.admin_router)
api.include_router(users_endpoints.coach_router)
api.include_router(curriculum_endpoints.router)
api.include_router(curriculum_endpoints.admin_router)
api.include_router(questions_endpoints.router)
api.include_router(questions_endpoints.admin_router)
api.include_router(assessments_endpoints.router)
api.include_router(rankings_endpoints.router)
api.include_router(mastery_endpoints.router)
api.include_router(mastery_endpoints.user_router)

router = APIRouter()
router.include_router(api)
