"""Seed the site-wide demo content (base app): the two home pages in place of Wagtail's
welcome page, the standard pages (about, delivery, returns, privacy, terms), then, once the
sections exist, the home pages' featured pages, the navigation, the organisation's details
and the demo accounts. Texts come from demo/data/site.yaml and accounts.yaml."""

import copy

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import Locale, Page, Site
from wagtail_localize.synctree import synchronize_tree

from base.models import HomePage, Navigation, OrganisationSettings, StandardPage
from demo import painting
from demo.data import load
from demo.helpers import LANGUAGES, demo_image, publish, upsert_child, upsert_translation


def locales():
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}


def alias_untranslated_pages(locale_by_code):
    """Every Vietnamese page with no English translation written by hand appears in English
    as an alias of the Vietnamese one, as wagtail-localize's synchronisation (base migration
    0005) does for each page created later in the admin."""
    synchronize_tree(locale_by_code["vi"], locale_by_code["en"])


def seed_pages(locale_by_code):
    """The home page of each language and the standard pages under them; returns
    (homes, pages): {code: home page} and {English slug: {code: page}}."""
    hero = demo_image(
        "Làng trên cao nguyên",
        "Núi rừng Tây Nguyên lúc bình minh, một nhà rông mái cao giữa làng",
        lambda: painting.landscape(seed=7, width=1600, height=900),
    )
    brocade = demo_image(
        "Hoa văn thổ cẩm",
        "Tấm vải thổ cẩm nền đen với các dải hoa văn hình thoi đỏ, vàng và trắng",
        lambda: painting.brocade(seed=3),
    )
    homes = seed_home_pages(locale_by_code, hero)
    return homes, seed_standard_pages(homes, locale_by_code, brocade)


def seed_home_pages(locale_by_code, hero_image):
    """One home page per language under the tree root; the default site points at the
    Vietnamese one. Wagtail's placeholder welcome page is removed."""
    root = Page.get_first_root_node()
    homes = {}
    for code in LANGUAGES:
        text = load("site")["home"][code]
        page = HomePage(
            title=text["title"],
            slug="home" if code == "vi" else f"home-{code}",
            locale=locale_by_code[code],
            hero_image=hero_image,
            hero_text=text["hero_text"],
            hero_link_label=text["hero_link_label"],
            introduction=text["introduction"],
        )
        existing = HomePage.objects.filter(locale=locale_by_code[code], depth=2).first()
        if existing:
            homes[code] = existing
        elif code == "vi":
            homes[code] = replace_welcome_page(root, page)
        else:
            homes[code] = upsert_translation(homes["vi"], root, page)
    return homes


def replace_welcome_page(root, home):
    """Swap Wagtail's "Welcome to your new Wagtail site!" page for our home page."""
    welcome = (
        root.get_children().filter(slug="home").exclude(content_type__model="homepage").first()
    )
    if welcome:
        welcome.slug = "welcome-placeholder"
        welcome.save(update_fields=["slug"])
    root.add_child(instance=home)
    publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page = home
        site.site_name = "Làng Nghề"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost",
            port=80,
            root_page=home,
            is_default_site=True,
            site_name="Làng Nghề",
        )
    if welcome:
        welcome.delete()
    return home


def seed_standard_pages(homes, locale_by_code, image):
    pages = {}
    for spec in load("site")["standard_pages"]:
        # A copy: Wagtail writes block ids into the StreamField data it is given.
        vi_fields, en_fields = copy.deepcopy(spec["vi"]), copy.deepcopy(spec["en"])
        vi = upsert_child(
            homes["vi"],
            StandardPage(
                slug=spec["slug"], locale=locale_by_code["vi"], hero_image=image, **vi_fields
            ),
        )
        en = upsert_translation(
            vi,
            homes["en"],
            StandardPage(
                slug=spec["slug_en"], locale=locale_by_code["en"], hero_image=image, **en_fields
            ),
        )
        pages[spec["slug_en"]] = {"vi": vi, "en": en}
    return pages


def feature_pages_on_home(homes, pages, sections):
    """Fill the home page once: villages to visit, recent stories, then the programme, each
    with pages of the home page's own language. `sections` is what seed_stories returned."""
    for code, home in homes.items():
        if home.body:
            continue
        text = load("site")["home"][code]
        villages = sections.villages(code)[:3]
        stories = sections.stories(code)[:3]
        home.body = [
            ("featured_pages", {**text["villages"], "pages": villages}),
            ("featured_pages", {**text["stories"], "pages": stories}),
            (
                "featured_pages",
                {
                    "heading": text["featured_heading"],
                    "text": text["featured_text"],
                    "pages": [pages[slug][code] for slug in ("about", "delivery", "returns")],
                },
            ),
        ]
        home.hero_link = sections.index("villages", code)
        publish(home)


def seed_navigation(locale_by_code, pages, sections, shops, library):
    header = ["villages", "crafts", "stories", "events", "artisans"]
    footer = ("about", "delivery", "returns", "privacy", "terms")
    source = None
    for code in LANGUAGES:
        locale = locale_by_code[code]
        navigation = Navigation.objects.filter(locale=locale).first()
        if navigation is None:
            navigation = Navigation(locale=locale, footer_text=load("site")["footer_text"][code])
            if source:
                navigation.translation_key = source.translation_key
            header_pages = [shops[code]]
            header_pages += [sections.index(name, code) for name in header]
            header_pages.append(pages["about"][code])
            navigation.header_links = [("link", {"page": page}) for page in header_pages]
            footer_pages = [sections.index(name, code) for name in ("groups", "heritage")]
            footer_pages.append(library[code])
            footer_pages += [pages[slug][code] for slug in footer]
            navigation.footer_links = [("link", {"page": page}) for page in footer_pages]
            navigation.save()
        source = source or navigation


def seed_organisation():
    settings = OrganisationSettings.for_site(Site.objects.get(is_default_site=True))
    if not settings.legal_name:
        for field, value in load("site")["organisation"].items():
            setattr(settings, field, value)
        settings.save()


def seed_accounts():
    """Demo accounts for each role. Groups get admin access here; the apps that give each
    role its real permissions (pages, orders, reports) extend these groups."""
    accounts = load("accounts")
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    user_model = get_user_model()
    for username, _role, group_name, full_name in accounts["demo_accounts"]:
        user = user_model.objects.filter(username=username).first()
        if user is None:
            first, _, last = full_name.partition(" ")
            user = user_model.objects.create_user(
                username=username,
                email=f"{username}@langnghe.example",
                password=accounts["demo_password"],
                first_name=first,
                last_name=last,
                is_superuser=group_name is None,
                is_staff=group_name is None,
            )
        if group_name:
            group, _ = Group.objects.get_or_create(name=group_name)
            group.permissions.add(admin_access)
            user.groups.add(group)
