"""The only place routers are mounted."""

from fastapi import APIRouter

from gurukul.ops.endpoints import metrics_router
from gurukul.ops.endpoints import router as ops_router

api = APIRouter(prefix="/api")
api.include_router(ops_router)

router = APIRouter()
router.include_router(api)
router.include_router(metrics_router)
