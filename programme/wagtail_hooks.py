from wagtail import hooks

from programme.admin_views import ProgrammeViewSetGroup


@hooks.register("register_admin_viewset")
def register_programme_admin():
    return ProgrammeViewSetGroup()
