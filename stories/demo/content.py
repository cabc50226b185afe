"""Demo texts for the stories app (crafts, peoples, villages, artisans, stories and events), in
Vietnamese and English, as plain data.

Facts about the crafts, peoples, villages and festivals follow the team's domain notes
(provincial documents and press reports; where a source was uncertain the text says so).
Every artisan, author, learner, tourism host and phone number is FICTIONAL. Prices are
illustrative. Motif meanings are given as they are commonly explained, never as settled fact.

Bodies are lists of small tuples that seed.py turns into StreamField data:
    ("h2", text)                      a section heading
    ("p", html)                       a paragraph (inline HTML allowed)
    ("quote", text, attribution)      a quotation
    ("image", image_key, caption)     a captioned image from IMAGES
    ("gallery", [image_key, ...], caption)
    ("related", heading, ["village:key", "craft:key", "artisan:key", ...])
"""


def p(*paragraphs):
    """Rich text from plain paragraphs."""
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ul(*items):
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


CREDIT = {"vi": "Làng Nghề (minh hoạ)", "en": "Làng Nghề (illustration)"}

# Generated pictures: key -> title, alt text (Vietnamese: the image's own description; English:
# used in the blocks of English pages) and how to draw it. Titles are unique: demo_image()
# finds an image again by its title, so a second seed reuses it.
DAWN = "Tranh minh hoạ: đồi núi mờ sương lúc bình minh, "
DAWN_EN = "Illustration: misty hills at dawn, "
DAY = "Tranh minh hoạ: núi rừng xanh dưới trời nắng, "
DAY_EN = "Illustration: green forested hills on a sunny day, "
VILLAGE_VIEW = "nhà rông mái cao giữa mấy nhà sàn nhỏ, dòng sông uốn quanh làng"
VILLAGE_VIEW_EN = "a tall rong house among small stilt houses, a river winding past"
PORTRAIT_ALT_EN = (
    "Illustration in place of a portrait: a faceless silhouette in a round frame on a brocade "
    "background"
)
PORTRAIT_ALT = (
    "Hình minh hoạ thay cho ảnh chân dung: bóng người không rõ mặt trong khung tròn, "
    "trên nền hoa văn thổ cẩm"
)

IMAGES = {
    "land-kon-ko-tu": {
        "title": "Làng ven sông Đăk Bla lúc bình minh",
        "alt": DAWN + VILLAGE_VIEW,
        "alt_en": DAWN_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 21),
    },
    "land-kon-klor": {
        "title": "Làng Ba Na bên sông, trời trong",
        "alt": DAY + VILLAGE_VIEW,
        "alt_en": DAY_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 22),
    },
    "land-dak-rang": {
        "title": "Làng Giẻ Triêng giữa đồi xanh",
        "alt": DAY + VILLAGE_VIEW,
        "alt_en": DAY_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 23),
    },
    "land-vi-ro-ngheo": {
        "title": "Làng Xơ Đăng trên núi cao",
        "alt": DAY + VILLAGE_VIEW,
        "alt_en": DAY_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 24),
    },
    "land-lang-le": {
        "title": "Làng Le lúc bình minh",
        "alt": DAWN + VILLAGE_VIEW,
        "alt_en": DAWN_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 25),
    },
    "land-dak-me": {
        "title": "Thôn vùng biên giới, trời nắng",
        "alt": DAY + VILLAGE_VIEW,
        "alt_en": DAY_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 26),
    },
    "land-kon-pring": {
        "title": "Làng giữa rừng thông Măng Đen",
        "alt": DAY + VILLAGE_VIEW,
        "alt_en": DAY_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 27),
    },
    "land-dak-ui": {
        "title": "Làng rèn lúc sớm mai",
        "alt": DAWN + VILLAGE_VIEW,
        "alt_en": DAWN_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 28),
    },
    "land-ia-chim": {
        "title": "Làng Gia Rai bên dòng sông",
        "alt": DAY + VILLAGE_VIEW,
        "alt_en": DAY_EN + VILLAGE_VIEW_EN,
        "render": ("landscape", 29),
    },
    "craft-brocade": {
        "title": "Tấm thổ cẩm nhiều dải hoa văn",
        "alt": (
            "Tranh minh hoạ: tấm vải thổ cẩm với các dải hoa văn hình thoi, răng cưa và sọc "
            "nhỏ, màu đỏ, đen, vàng và trắng"
        ),
        "alt_en": (
            "Illustration: brocade cloth with bands of diamonds, zigzags and fine stripes "
            "in red, black, yellow and white"
        ),
        "render": ("brocade", 31),
    },
    "brocade-2": {
        "title": "Dải hoa văn thổ cẩm (mẫu 2)",
        "alt": "Tranh minh hoạ: các dải hoa văn hình học trên nền vải thổ cẩm sẫm màu",
        "alt_en": "Illustration: bands of geometric motifs on dark brocade",
        "render": ("brocade", 33),
    },
    "brocade-3": {
        "title": "Dải hoa văn thổ cẩm (mẫu 3)",
        "alt": "Tranh minh hoạ: hoa văn thổ cẩm gồm hình thoi, sọc và đường răng cưa",
        "alt_en": "Illustration: brocade motifs of diamonds, stripes and zigzag lines",
        "render": ("brocade", 34),
    },
    "craft-basketry": {
        "title": "Nan tre đan lóng đôi",
        "alt": (
            "Tranh minh hoạ: nan tre đan chéo kiểu lóng đôi, xen những dải nan nhuộm sẫm "
            "tạo hình chữ chi"
        ),
        "alt_en": (
            "Illustration: bamboo strips in a twill weave, with dark-dyed strips forming zigzags"
        ),
        "render": ("basket_weave", 32),
    },
    "basket-2": {
        "title": "Nan mây tre đan (mẫu 2)",
        "alt": "Tranh minh hoạ: mặt đan bằng nan tre, nan mây, có nan nhuộm màu xen kẽ",
        "alt_en": "Illustration: woven bamboo and rattan with dyed strips in between",
        "render": ("basket_weave", 35),
    },
    "obj-gui": {
        "title": "Chiếc gùi đan nan tre",
        "alt": (
            "Tranh minh hoạ: chiếc gùi đan nan tre, miệng loe, đáy gỗ, có dải hoa văn "
            "hình thoi đỏ và những vòng nan sẫm màu"
        ),
        "alt_en": (
            "Illustration: a flared bamboo back-basket on a wooden foot, with a band of red "
            "diamonds and dark rings"
        ),
        "render": ("object", "gui", 1),
    },
    "craft-rice-wine": {
        "title": "Ché rượu cần và cần tre",
        "alt": "Tranh minh hoạ: ché rượu cần men nâu, miệng ché cắm mấy cần hút bằng tre",
        "alt_en": "Illustration: a brown-glazed rice-wine jar with bamboo straws in its mouth",
        "render": ("object", "jar", 1),
    },
    "craft-instruments": {
        "title": "Đàn t'rưng ống tre",
        "alt": (
            "Tranh minh hoạ: đàn t'rưng gồm các ống tre xếp từ dài đến ngắn, kết trên hai sợi dây"
        ),
        "alt_en": "Illustration: a t'rưng, bamboo tubes from long to short strung on two cords",
        "render": ("object", "instrument", 1),
    },
    "obj-gong": {
        "title": "Chiêng đồng và dùi gõ",
        "alt": "Tranh minh hoạ: chiếc chiêng đồng treo trên dây, bên cạnh là dùi gõ",
        "alt_en": "Illustration: a bronze gong hanging from a cord, with its beater beside it",
        "render": ("object", "gong", 1),
    },
    "craft-blacksmithing": {
        "title": "Con dao rèn cán gỗ",
        "alt": "Tranh minh hoạ: con dao rèn lưỡi thép cong, cán gỗ quấn đai",
        "alt_en": (
            "Illustration: a forged knife with a curved steel blade and a bound wooden handle"
        ),
        "render": ("object", "knife", 1),
    },
    "craft-pottery": {
        "title": "Nồi đất nung",
        "alt": "Tranh minh hoạ: nồi đất nung màu nâu đỏ, vai nồi có hoa văn khắc vạch",
        "alt_en": (
            "Illustration: a reddish-brown earthenware pot with incised lines on the shoulder"
        ),
        "render": ("object", "pot", 1),
    },
    "craft-statue": {
        "title": "Tượng gỗ tạc từ một khúc gỗ",
        "alt": (
            "Tranh minh hoạ: tượng gỗ tạc từ một khúc gỗ, hình người đứng, hai tay đặt "
            "trên bụng, còn rõ vết đẽo"
        ),
        "alt_en": (
            "Illustration: a figure carved from a single log, hands on the belly, tool "
            "marks visible"
        ),
        "render": ("object", "statue", 1),
    },
    "craft-canoe": {
        "title": "Thuyền độc mộc và mái chèo",
        "alt": "Tranh minh hoạ: thuyền độc mộc khoét từ một thân gỗ, gác một mái chèo",
        "alt_en": "Illustration: a dugout canoe hollowed from one trunk, with a paddle across it",
        "render": ("object", "canoe", 1),
    },
    "craft-crossbow": {
        "title": "Chiếc nỏ gỗ",
        "alt": "Tranh minh hoạ: chiếc nỏ với thân gỗ, cánh cung cong và mũi tên đặt sẵn",
        "alt_en": (
            "Illustration: a crossbow with a wooden stock, a curved bow and an arrow in place"
        ),
        "render": ("object", "crossbow", 1),
    },
    "obj-scarf": {
        "title": "Chồng khăn thổ cẩm",
        "alt": "Tranh minh hoạ: chồng khăn thổ cẩm gấp gọn, hoa văn đỏ, vàng, trắng trên nền đen",
        "alt_en": (
            "Illustration: a stack of folded brocade scarves, red, yellow and white "
            "patterns on black"
        ),
        "render": ("object", "scarf", 1),
    },
}
for number in range(1, 7):  # six placeholders, each shared by two artisans of different villages
    IMAGES[f"portrait-{number}"] = {
        "title": f"Chân dung minh hoạ nghệ nhân {number}",
        "alt": PORTRAIT_ALT,
        "alt_en": PORTRAIT_ALT_EN,
        "render": ("portrait", 40 + number),
    }


# ------------------------------------------------------------------------------------------
# Section pages, one per language under each home page.

INDEXES = {
    "groups": {
        "slug": {"vi": "dan-toc", "en": "peoples"},
        "image": "land-kon-ko-tu",
        "vi": {
            "title": "Các dân tộc",
            "introduction": (
                "Bảy dân tộc tại chỗ của vùng Kon Tum, nay thuộc tỉnh Quảng Ngãi: Xơ Đăng, "
                "Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm và Hrê. Nơi họ sống, nghề họ làm "
                "và những lễ hội của họ."
            ),
        },
        "en": {
            "title": "Peoples",
            "introduction": (
                "The seven local peoples of the former Kon Tum province, now part of Quảng "
                "Ngãi: Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm and Hrê. Where they "
                "live, what they make and how they celebrate."
            ),
        },
    },
    "crafts": {
        "slug": {"vi": "nghe", "en": "crafts"},
        "image": "craft-brocade",
        "vi": {
            "title": "Chín nghề truyền thống",
            "introduction": (
                "Chín nghề mà đề án bảo tồn của tỉnh lựa chọn: bốn nghề làm ra sản phẩm có "
                "thể bán (thổ cẩm, đan lát, rượu cần, nhạc cụ) và năm nghề cần giữ lại bí "
                "quyết trước khi mai một (rèn, gốm, tạc tượng, thuyền độc mộc, nỏ)."
            ),
        },
        "en": {
            "title": "The nine crafts",
            "introduction": (
                "The nine crafts chosen by the provincial preservation scheme: four whose "
                "goods find buyers (brocade, basketry, rice wine, instruments) and five whose "
                "know-how must be saved before it is lost (smithing, pottery, statue carving, "
                "dugout canoes, crossbows)."
            ),
        },
    },
    "villages": {
        "slug": {"vi": "lang-nghe", "en": "villages"},
        "image": "land-dak-rang",
        "vi": {
            "title": "Làng nghề",
            "introduction": (
                "Đến tận làng để xem người ta dệt, đan, rèn; ngủ nhà sàn, nghe chiêng bên "
                "nhà rông. Mỗi làng có đường đi, mùa đẹp nhất và người liên hệ."
            ),
        },
        "en": {
            "title": "Craft villages",
            "introduction": (
                "Go to the villages to watch weaving, basketry and smithing, sleep in a stilt "
                "house and hear the gongs by the rong house. Each village lists how to get "
                "there, the best season and whom to contact."
            ),
        },
    },
    "artisans": {
        "slug": {"vi": "nghe-nhan", "en": "artisans"},
        "image": "craft-basketry",
        "vi": {
            "title": "Nghệ nhân",
            "introduction": (
                "Những người giữ nghề và dạy nghề cho lớp trẻ. Hồ sơ chỉ được đăng khi "
                "nghệ nhân đồng ý. Các nghệ nhân trong bản trình diễn này là nhân vật hư cấu."
            ),
        },
        "en": {
            "title": "Artisans",
            "introduction": (
                "The people who keep the crafts alive and teach them to the young. A profile "
                "is published only with the artisan's consent. The artisans in this demo are "
                "fictional."
            ),
        },
    },
    "stories": {
        "slug": {"vi": "cau-chuyen", "en": "stories"},
        "image": "obj-scarf",
        "vi": {
            "title": "Câu chuyện",
            "introduction": (
                "Chuyện về nghề, về người làm nghề, về làng và mùa lễ hội ở vùng đất Kon Tum."
            ),
        },
        "en": {
            "title": "Stories",
            "introduction": (
                "Stories of the crafts, the people who make things, the villages and the "
                "festival season in the Kon Tum highlands."
            ),
        },
    },
    "events": {
        "slug": {"vi": "su-kien", "en": "events"},
        "image": "obj-gong",
        "vi": {
            "title": "Lễ hội và lớp học",
            "introduction": (
                "Lễ hội, phiên chợ và các lớp truyền nghề do nghệ nhân dạy cho thanh thiếu "
                "niên trong làng."
            ),
        },
        "en": {
            "title": "Festivals and classes",
            "introduction": (
                "Festivals, fairs, and craft classes where artisans teach the young people of "
                "their villages."
            ),
        },
    },
}


# ------------------------------------------------------------------------------------------
# The nine crafts of Decision 465/QĐ-UBND (2022). "endangered" marks the five crafts whose
# know-how the scheme sets out to preserve.

CRAFTS = [
    {
        "key": "brocade",
        "slug": {"vi": "det-tho-cam", "en": "brocade-weaving"},
        "image": "craft-brocade",
        "endangered": False,
        "vi": {
            "title": "Dệt thổ cẩm",
            "introduction": (
                "Nghề của phụ nữ: trên khung dệt đeo lưng, họ dệt váy, khố, áo, tấm địu con, "
                "và ngày nay cả khăn, túi, khăn trải bàn cho khách phương xa."
            ),
            "history": p(
                "Thổ cẩm gắn với đời sống hằng ngày và lễ hội của hầu hết các dân tộc tại chỗ. "
                "Xưa kia người ta dệt từ sợi vỏ cây rừng, về sau từ sợi bông tự trồng, tự "
                "kéo. Người Rơ Măm ở làng Le vẫn nhớ thời hái bông, kéo sợi để dệt.",
                "Nhiều làng vẫn giữ nghề: ở làng Đăk Răng của người Giẻ Triêng, gần như nhà "
                "nào cũng có khung dệt. Đến năm 2022, toàn tỉnh có hơn một nghìn người dệt "
                "thổ cẩm.",
            ),
            "materials": ul(
                "Sợi bông kéo tay; ngày nay phần lớn dùng sợi mua sẵn.",
                "Thuốc nhuộm tự nhiên từ vỏ cây, quả, lá và rễ: đen, chàm, đỏ, vàng.",
                "Màu trắng của sợi bông mộc làm nền cho hoa văn.",
            ),
            "techniques": p(
                "Người dệt ngồi dưới sàn, hai chân đạp vào thanh gỗ, dây đai vòng qua lưng để "
                "căng sợi dọc. Hoa văn được cài bằng que theo trí nhớ; người dệt giỏi giữ "
                "cách đếm sợi cho từng mẫu như một bí quyết riêng.",
                "Ở các tổ dệt, mỗi người thường làm được ba, bốn tấm mỗi tháng khi dệt đều.",
            ),
            "body": [
                ("h2", "Thổ cẩm hôm nay"),
                (
                    "p",
                    "Bên cạnh váy, áo, khố và tấm địu, các tổ dệt làm thêm khăn trải bàn, túi, "
                    "ví, cặp sách, mũ, rèm và vỏ gối. Ở Măng Đen có những buổi trình diễn "
                    "thổ cẩm cách tân: trang phục mới may từ vải dệt tay.",
                ),
                (
                    "p",
                    "Từ năm 2022 đến tháng 10/2024, ngành văn hoá mở 10 lớp dạy dệt với "
                    "khoảng 300 học viên.",
                ),
            ],
        },
        "en": {
            "title": "Brocade weaving",
            "introduction": (
                "A women's craft: on the backstrap loom they weave skirts, loincloths, "
                "blouses and baby slings, and today also scarves, bags and table runners "
                "for visitors from afar."
            ),
            "history": p(
                "Brocade belongs to the daily life and the festivals of almost every local "
                "people. Long ago it was woven from forest bark fibre, later from cotton that "
                "families grew and spun themselves. The Rơ Măm of Le village still remember "
                "picking cotton and spinning it for the loom.",
                "Many villages keep weaving: in the Giẻ Triêng village of Đăk Răng nearly "
                "every house has a loom. By 2022 more than a thousand people in the province "
                "were weaving.",
            ),
            "materials": ul(
                "Hand-spun cotton; today most weavers use bought yarn.",
                "Natural dyes from bark, fruit, leaves and roots: black, indigo, red, yellow.",
                "The white of undyed cotton as the ground for the patterns.",
            ),
            "techniques": p(
                "The weaver sits on the floor, feet braced against a wooden bar, with a strap "
                "round her back to keep the warp taut. Patterns are picked up with sticks "
                "from memory; good weavers keep their way of counting threads for each "
                "pattern as their own secret.",
                "In weaving groups a woman usually finishes three or four pieces a month "
                "when she weaves steadily.",
            ),
            "body": [
                ("h2", "Brocade today"),
                (
                    "p",
                    "Besides skirts, blouses, loincloths and slings, weaving groups now make "
                    "table runners, bags, wallets, school bags, hats, curtains and cushion "
                    "covers. Măng Đen hosts shows of modernised brocade: new clothes cut "
                    "from hand-woven cloth.",
                ),
                (
                    "p",
                    "Between 2022 and October 2024 the culture department ran 10 weaving "
                    "classes for about 300 learners.",
                ),
            ],
        },
        "motifs": [
            {
                "image": "brocade-2",
                "vi": {
                    "name": "Hình thoi",
                    "meaning": (
                        "Mẫu hoa văn phổ biến nhất. Nhiều người dệt kể đó là con mắt hoặc "
                        "mặt trời; có người chỉ nói đây là mẫu đầu tiên được mẹ dạy. Cách "
                        "hiểu khác nhau giữa các dân tộc và từng làng."
                    ),
                },
                "en": {
                    "name": "Diamond",
                    "meaning": (
                        "The most common motif. Many weavers describe it as an eye or as the "
                        "sun; others simply say it is the first pattern their mother taught "
                        "them. Readings differ between peoples and villages."
                    ),
                },
            },
            {
                "image": "brocade-3",
                "vi": {
                    "name": "Răng cưa",
                    "meaning": (
                        "Đường gấp khúc thường được giải thích là dáng núi đồi hoặc dòng suối "
                        "quanh làng."
                    ),
                },
                "en": {
                    "name": "Zigzag",
                    "meaning": (
                        "The zigzag line is often explained as the ridges of the hills or the "
                        "streams around the village."
                    ),
                },
            },
            {
                "image": None,
                "vi": {
                    "name": "Người nắm tay",
                    "meaning": (
                        "Hàng người nối tay nhau, thường được hiểu là vòng xoang quanh nhà "
                        "rông trong ngày hội, là sự gắn bó của cộng đồng."
                    ),
                },
                "en": {
                    "name": "People holding hands",
                    "meaning": (
                        "A row of figures hand in hand, usually read as the circle dance "
                        "around the rong house on festival days: the village together."
                    ),
                },
            },
            {
                "image": None,
                "vi": {
                    "name": "Ngôi sao, mặt trời",
                    "meaning": (
                        "Hình tám cánh toả ra, thường được gắn với mặt trời và ánh sáng cho "
                        "nương rẫy; ý nghĩa cụ thể tuỳ người dệt."
                    ),
                },
                "en": {
                    "name": "Star or sun",
                    "meaning": (
                        "An eight-pointed figure, often linked with the sun and light for the "
                        "fields; what exactly it means depends on the weaver."
                    ),
                },
            },
        ],
    },
    {
        "key": "basketry",
        "slug": {"vi": "dan-lat", "en": "basketry"},
        "image": "craft-basketry",
        "endangered": False,
        "vi": {
            "title": "Đan lát",
            "introduction": (
                "Phần lớn là việc của đàn ông: từ tre, lồ ô, nứa và mây, họ đan gùi, nia, hộp "
                "cơm, dụng cụ bắt cá và cả đồ chơi cho trẻ."
            ),
            "history": p(
                "Gùi theo người lên nương, xuống suối, đi chợ; nhà nào cũng cần vài chiếc "
                "cho từng việc. Đan lát vì thế là nghề có mặt ở mọi làng, được cha truyền "
                "cho con ngay bên bếp lửa.",
                "Năm 2022, hơn 1.700 người trong tỉnh làm nghề đan lát.",
            ),
            "materials": ul(
                "Tre và lồ ô chẻ nan, vót mỏng.",
                "Mây rừng để viền miệng và buộc.",
                "Nứa cho các đồ đan nhẹ.",
                "Nan nhuộm sẫm màu để tạo hoa văn.",
            ),
            "techniques": p(
                "Nan được chẻ, vót, phơi cho dẻo rồi mới đan. Kiểu đan lóng mốt, lóng đôi "
                "cho mặt đan chắc; đan mắt cáo cho gùi nhẹ và thoáng. Một chiếc gùi có hoa "
                "văn cao chừng 80 cm có thể mất ba ngày công trở lên.",
            ),
            "body": [
                ("h2", "Mỗi chiếc gùi một việc"),
                (
                    "p",
                    "Gùi đan dày để cõng lúa, gùi đan thưa để mang củi, gùi nhỏ có nắp cho "
                    "con gái đi hội. Những chiếc gùi hoa văn đẹp nhất thường chỉ dùng trong "
                    "ngày lễ.",
                ),
            ],
        },
        "en": {
            "title": "Basketry",
            "introduction": (
                "Mostly men's work: from bamboo, lồ ô, nứa and rattan they weave back-baskets "
                "(gùi), winnowing trays, rice boxes, fish traps and toys for children."
            ),
            "history": p(
                "The gùi goes with people to the fields, to the stream and to market; every "
                "house needs several, one for each task. Basketry is therefore found in every "
                "village, passed from father to son by the hearth.",
                "In 2022 more than 1,700 people in the province were making baskets.",
            ),
            "materials": ul(
                "Bamboo and lồ ô, split into thin strips.",
                "Forest rattan for rims and lashing.",
                "Nứa (a thin bamboo) for light pieces.",
                "Strips dyed dark to make the patterns.",
            ),
            "techniques": p(
                "Strips are split, shaved and dried until supple before weaving. Plain and "
                "twill weaves give a firm surface; an open hexagonal weave makes a basket "
                "light and airy. A patterned gùi about 80 cm tall can take three days or more.",
            ),
            "body": [
                ("h2", "A basket for every task"),
                (
                    "p",
                    "Tightly woven gùi carry rice, open ones carry firewood, small lidded ones "
                    "go with girls to festivals. The finest patterned baskets are often kept "
                    "for ceremonies.",
                ),
            ],
        },
        "motifs": [
            {
                "image": "obj-gui",
                "vi": {
                    "name": "Dải hình thoi",
                    "meaning": (
                        "Nan nhuộm sẫm xen nan mộc tạo chuỗi hình thoi quanh thân gùi. Người "
                        "đan thường nói đó là để gùi đẹp và dễ nhận ra của nhà mình; ý nghĩa "
                        "biểu tượng, nếu có, tuỳ từng làng."
                    ),
                },
                "en": {
                    "name": "Diamond band",
                    "meaning": (
                        "Dark and natural strips make a chain of diamonds around the basket. "
                        "Makers often say it makes the gùi beautiful and easy to tell apart; "
                        "any symbolic meaning varies from village to village."
                    ),
                },
            },
            {
                "image": "craft-basketry",
                "vi": {
                    "name": "Chữ chi",
                    "meaning": (
                        "Đường gấp khúc sinh ra từ kiểu đan lóng đôi. Có người ví với dáng "
                        "núi, có người nói đơn giản đó là vân của nan."
                    ),
                },
                "en": {
                    "name": "Zigzag",
                    "meaning": (
                        "The zigzag comes from the twill weave itself. Some compare it to "
                        "mountain ridges; others say it is simply the grain of the weave."
                    ),
                },
            },
            {
                "image": None,
                "vi": {
                    "name": "Mắt cáo",
                    "meaning": (
                        "Lỗ đan sáu cạnh của gùi đựng củi, đựng rau. Người đan thường giải "
                        "thích đây là cách đan cho gùi nhẹ, thoáng, hơn là một biểu tượng."
                    ),
                },
                "en": {
                    "name": "Open hexagon",
                    "meaning": (
                        "The six-sided openings of baskets for firewood and greens. Makers "
                        "usually explain it as a way to keep the basket light and airy "
                        "rather than as a symbol."
                    ),
                },
            },
        ],
    },
    {
        "key": "rice-wine",
        "slug": {"vi": "lam-ruou-can", "en": "rice-wine"},
        "image": "craft-rice-wine",
        "endangered": False,
        "vi": {
            "title": "Làm rượu cần",
            "introduction": (
                "Nghề phổ biến nhất: rượu ủ trong ché với men lá, uống bằng cần tre trong "
                "ngày hội, ngày cưới và khi có khách quý."
            ),
            "history": p(
                "Ché rượu cần có mặt trong hầu hết các lễ của làng. Năm 2022 có khoảng 8.500 "
                "người trong tỉnh biết làm rượu cần, nhiều hơn mọi nghề khác.",
                "Trong đề án bảo tồn, đã có hai sản phẩm rượu cần đạt chuẩn OCOP. Làng Kon "
                "Klor bên sông Đăk Bla nổi tiếng với rượu ghè.",
            ),
            "materials": ul(
                "Gạo, gạo nếp; có nơi dùng thêm ngô, sắn hoặc kê.",
                "Men làm từ lá, rễ và vỏ cây theo công thức của từng nhà.",
                "Ché (ghè) sành và cần hút bằng tre, trúc.",
            ),
            "techniques": p(
                "Gạo nấu chín, để nguội, trộn men rồi nén vào ché, bịt kín bằng lá. Sau vài "
                "tuần rượu mới dùng được; để càng lâu càng đậm. Khi uống, người ta đổ nước "
                "suối vào ché và hút bằng cần.",
            ),
            "body": [
                ("h2", "Men lá, bí quyết của mỗi nhà"),
                (
                    "p",
                    "Mỗi gia đình có cách làm men riêng, thường do người mẹ giữ. Lá, rễ đi "
                    "hái trong rừng được giã với bột gạo, nặn thành bánh rồi phơi khô trên "
                    "gác bếp.",
                ),
                (
                    "p",
                    "Rượu cần là đồ uống có cồn: hãy thưởng thức có chừng mực.",
                ),
            ],
        },
        "en": {
            "title": "Rice wine",
            "introduction": (
                "The most widespread craft: wine brewed in jars with leaf yeast and drunk "
                "through bamboo straws at festivals, weddings and for honoured guests."
            ),
            "history": p(
                "A jar of rice wine is present at nearly every village ceremony. In 2022 about "
                "8,500 people in the province knew how to make it, more than any other craft.",
                "Under the preservation scheme two rice-wine products have reached the OCOP "
                "standard. Kon Klor village on the Đăk Bla is known for its jar wine.",
            ),
            "materials": ul(
                "Rice and sticky rice; in some places maize, cassava or millet too.",
                "Yeast made from leaves, roots and bark to each family's own recipe.",
                "Stoneware jars and drinking straws of bamboo.",
            ),
            "techniques": p(
                "The rice is cooked, cooled, mixed with yeast and packed into the jar, which "
                "is sealed with leaves. It is ready after a few weeks and grows stronger with "
                "time. To drink, stream water is poured into the jar and sipped through the "
                "straws.",
            ),
            "body": [
                ("h2", "Leaf yeast, each family's secret"),
                (
                    "p",
                    "Every family has its own yeast, often kept by the mother. Leaves and roots "
                    "gathered in the forest are pounded with rice flour, shaped into cakes and "
                    "dried above the hearth.",
                ),
                ("p", "Rice wine is alcoholic: please enjoy it in moderation."),
            ],
        },
        "motifs": [],
    },
    {
        "key": "instruments",
        "slug": {"vi": "che-tac-nhac-cu", "en": "musical-instruments"},
        "image": "craft-instruments",
        "endangered": False,
        "vi": {
            "title": "Chế tác nhạc cụ",
            "introduction": (
                "T'rưng, k'lông pút, ting ning, đing tút, sáo, trống: nhạc cụ làm từ tre, nứa, "
                "gỗ và da, cùng tiếng cồng chiêng của những ngày hội."
            ),
            "history": p(
                "Người làm nhạc cụ chọn ống tre, lồ ô theo tiếng, gọt từng ống cho đúng âm. "
                "K'lông pút gồm bảy đến mười ống, do phụ nữ vỗ tay trước miệng ống để thổi "
                "hơi, gắn với hồn lúa. Người Giẻ Triêng có đing tút.",
                "Cồng chiêng phần lớn được mua từ nơi khác; nghề ở làng là giữ và chỉnh âm "
                "chiêng. Không gian văn hoá Cồng chiêng Tây Nguyên được UNESCO công nhận năm "
                "2005; tỉnh còn hơn hai nghìn bộ chiêng.",
            ),
            "materials": ul(
                "Tre, lồ ô, nứa già, phơi khô trên gác bếp.",
                "Gỗ và da thú cho trống.",
                "Đá cho đàn đá.",
            ),
            "techniques": p(
                "Ống được cắt, khoét và gọt dần, vừa gõ vừa nghe cho tới khi đúng tiếng. Người "
                "chỉnh chiêng dùng búa nhỏ gõ lên mặt chiêng để nâng hoặc hạ âm.",
            ),
            "body": [
                ("h2", "Nghe bằng tai của người làng"),
                (
                    "p",
                    "Không có máy đo âm: người thợ so tiếng từng ống với bộ nhạc cụ cũ của làng "
                    "và với giọng hát của người già.",
                ),
            ],
        },
        "en": {
            "title": "Musical instruments",
            "introduction": (
                "T'rưng, k'lông pút, ting ning, đing tút, flutes and drums: instruments of "
                "bamboo, wood and hide, and the gongs that sound on every festival day."
            ),
            "history": p(
                "Makers choose bamboo and lồ ô by their sound and shave each tube until it "
                "sings the right note. The k'lông pút has seven to ten tubes; women play it "
                "by clapping in front of the tube mouths, and it is linked to the rice spirit. "
                "The Giẻ Triêng play the đing tút.",
                "Gongs are mostly bought from elsewhere; the village skill is keeping and "
                "tuning them. UNESCO recognised the Space of Gong Culture of the Central "
                "Highlands in 2005; the province still has more than two thousand gong sets.",
            ),
            "materials": ul(
                "Bamboo, lồ ô and mature nứa, dried above the hearth.",
                "Wood and hide for drums.",
                "Stone for the lithophone.",
            ),
            "techniques": p(
                "Tubes are cut, opened and shaved little by little, struck and listened to "
                "until the note is right. Gong tuners tap the face of a gong with a small "
                "hammer to raise or lower its pitch.",
            ),
            "body": [
                ("h2", "Tuned by village ears"),
                (
                    "p",
                    "There is no tuning meter: the maker compares each tube with the village's "
                    "old instruments and with the voices of the elders.",
                ),
            ],
        },
        "motifs": [],
    },
    {
        "key": "blacksmithing",
        "slug": {"vi": "ren", "en": "blacksmithing"},
        "image": "craft-blacksmithing",
        "endangered": True,
        "vi": {
            "title": "Rèn",
            "introduction": (
                "Nghề của người Xơ Đăng Tơ Đrá: lò rèn với ống bễ bằng gỗ và da thú làm ra "
                "dao, rựa, cuốc, xẻng cho cả vùng."
            ),
            "history": p(
                "Người Tơ Đrá ở vùng Đăk Ui, Ngọk Réo (Đăk Hà cũ) và Đăk Kôi (Kon Rẫy cũ) "
                "xưa kia tự luyện quặng sắt ở địa phương. Mỗi làng từng có bảy đến mười lăm "
                "lò rèn. Nghề rèn còn ở Măng Bút, ở làng Chung Tam (Măng Ri) và một số làng "
                "Giẻ Triêng.",
                "Ngày nay số lò còn đỏ lửa ít dần; rèn là một trong năm nghề đề án cần giữ "
                "lại bí quyết.",
            ),
            "materials": ul(
                "Sắt, thép (ngày nay chủ yếu là thép phế liệu).",
                "Than củi.",
                "Gỗ, da hươu hoặc da dê, ống tre và đất sét để làm bễ.",
            ),
            "techniques": p(
                "Bễ gồm hai ống gỗ có piston bọc da, đẩy gió qua ống tre vào lò qua một mũi "
                "bằng đất nung. Cần ít nhất ba người: một người kéo bễ, một người giữ phôi, "
                "một người quai búa. Theo tục lệ, lò rèn mở lại sau lễ mừng lúa mới.",
            ),
            "body": [
                ("h2", "Một lò rèn cần cả nhà"),
                (
                    "p",
                    "Tiếng bễ và tiếng búa bắt đầu sau mùa gặt, khi làng cần dao rựa mới cho "
                    "mùa phát rẫy tiếp theo.",
                ),
            ],
        },
        "en": {
            "title": "Blacksmithing",
            "introduction": (
                "The craft of the Xơ Đăng Tơ Đrá: forges with wood-and-hide bellows that make "
                "knives, machetes, hoes and spades for the whole region."
            ),
            "history": p(
                "The Tơ Đrá of Đăk Ui and Ngọk Réo (former Đăk Hà district) and Đăk Kôi "
                "(former Kon Rẫy) once smelted local iron ore themselves. A village used to "
                "have seven to fifteen forges. Smithing also survives at Măng Bút, in Chung "
                "Tam village (Măng Ri) and in some Giẻ Triêng villages.",
                "Fewer forges are lit each year; smithing is one of the five crafts whose "
                "know-how the scheme sets out to save.",
            ),
            "materials": ul(
                "Iron and steel (today mostly scrap steel).",
                "Charcoal.",
                "Wood, deer or goat hide, bamboo pipes and clay for the bellows.",
            ),
            "techniques": p(
                "The bellows are two wooden cylinders with hide-covered pistons, blowing "
                "through bamboo pipes and a fired-clay nozzle into the fire. It takes at "
                "least three people: one at the bellows, one holding the work, one with the "
                "hammer. By custom the forge reopens after the new-rice festival.",
            ),
            "body": [
                ("h2", "A forge needs the whole family"),
                (
                    "p",
                    "The bellows and hammers start after harvest, when the village needs new "
                    "knives and machetes for clearing the next fields.",
                ),
            ],
        },
        "motifs": [],
    },
    {
        "key": "pottery",
        "slug": {"vi": "gom", "en": "pottery"},
        "image": "craft-pottery",
        "endangered": True,
        "vi": {
            "title": "Gốm",
            "introduction": (
                "Nồi đất, bình nước nặn bằng tay: một trong năm nghề có nguy cơ mai một mà "
                "đề án cần ghi chép và giữ lại."
            ),
            "history": p(
                "Chúng tôi chưa tìm được nhiều tư liệu riêng về nghề gốm của các làng vùng "
                "Kon Tum. Nếu bạn biết người còn làm gốm, xin hãy liên hệ để chúng tôi ghi "
                "chép cùng họ.",
            ),
            "materials": ul("Đất sét ở bãi sông, bờ suối.", "Củi để nung."),
            "techniques": p(
                "Ở Tây Nguyên, gốm truyền thống thường được nặn tay, không dùng bàn xoay, và "
                "nung lộ thiên, như ở làng gốm Yang Tao của người M'nông (Đắk Lắk). Cách làm "
                "ở các làng vùng Kon Tum cần được ghi chép thêm.",
            ),
            "body": [],
        },
        "en": {
            "title": "Pottery",
            "introduction": (
                "Hand-built cooking pots and water jars: one of the five endangered crafts "
                "the scheme sets out to record and keep."
            ),
            "history": p(
                "We have found few sources on pottery in the villages of the Kon Tum area. If "
                "you know someone who still makes pots, please get in touch so that we can "
                "record the craft together with them.",
            ),
            "materials": ul("Clay from river banks and stream sides.", "Firewood for firing."),
            "techniques": p(
                "In the Central Highlands traditional pottery is usually built by hand without "
                "a wheel and fired in the open, as in the M'nông pottery village of Yang Tao "
                "(Đắk Lắk). How it was done in the Kon Tum villages still needs recording.",
            ),
            "body": [],
        },
        "motifs": [],
    },
    {
        "key": "statues",
        "slug": {"vi": "tac-tuong", "en": "statue-carving"},
        "image": "craft-statue",
        "endangered": True,
        "vi": {
            "title": "Tạc tượng gỗ",
            "introduction": (
                "Tượng nhà mồ được tạc cho lễ bỏ mả: người ngồi buồn, đôi nam nữ, cảnh săn "
                "bắn, giã gạo, tạc từ một khúc gỗ bằng rìu và rựa."
            ),
            "history": p(
                "Tượng được dựng quanh nhà mồ trong lễ bỏ mả (Pơ thi), lễ tiễn người chết "
                "sang thế giới bên kia. Người Ba Na, Gia Rai, Xơ Đăng Mơ Nâm và Rơ Măm đều "
                "có thợ tạc tượng; người Gia Rai còn làm mặt nạ gỗ.",
                "Số người còn tạc tượng rất ít, nhiều làng chỉ còn một người. Ở Măng Đen có "
                "vườn tượng gỗ cho du khách tham quan.",
            ),
            "materials": ul("Gỗ nguyên khúc, thường là gỗ cứng, bền mưa nắng."),
            "techniques": p(
                "Người thợ phác dáng bằng rìu rồi tỉa chi tiết bằng rựa và đục, giữ lại vết "
                "đẽo trên mặt gỗ. Tượng không sơn, để mưa nắng làm nên màu gỗ.",
            ),
            "body": [
                ("h2", "Khi đến thăm nhà mồ"),
                (
                    "p",
                    "Nhà mồ là nơi linh thiêng của làng. Xin đừng chạm vào tượng, và hãy hỏi "
                    "người làng trước khi chụp ảnh.",
                ),
            ],
        },
        "en": {
            "title": "Statue carving",
            "introduction": (
                "Grave-house statues carved for the grave-abandonment ceremony: mourners, "
                "couples, scenes of hunting and pounding rice, each cut from a single log "
                "with axe and machete."
            ),
            "history": p(
                "The statues stand around the grave house for the grave-abandonment ceremony "
                "(Pơ thi), which sends the dead on to the other world. Ba Na, Gia Rai, Xơ "
                "Đăng Mơ Nâm and Rơ Măm villages all have carvers; the Gia Rai also carve "
                "wooden masks.",
                "Very few carvers remain, often only one in a village. Măng Đen has a garden "
                "of wooden statues that visitors can see.",
            ),
            "materials": ul("A single log, usually of hard wood that stands rain and sun."),
            "techniques": p(
                "The carver roughs out the figure with an axe, then works the detail with a "
                "machete and chisel, leaving the tool marks on the wood. The statues are not "
                "painted; rain and sun give them their colour.",
            ),
            "body": [
                ("h2", "Visiting a grave house"),
                (
                    "p",
                    "Grave houses are sacred places. Please do not touch the statues, and ask "
                    "the villagers before taking pictures.",
                ),
            ],
        },
        "motifs": [
            {
                "image": None,
                "vi": {
                    "name": "Người ngồi ôm mặt",
                    "meaning": (
                        "Thường được giải thích là nỗi thương nhớ của người ở lại đối với "
                        "người đã khuất."
                    ),
                },
                "en": {
                    "name": "Seated figure, face in hands",
                    "meaning": (
                        "Usually explained as the grief of the living for the one who has died."
                    ),
                },
            },
            {
                "image": None,
                "vi": {
                    "name": "Đôi nam nữ",
                    "meaning": (
                        "Thường được hiểu là sự sinh sôi, sự sống tiếp nối của làng sau cái chết."
                    ),
                },
                "en": {
                    "name": "Man and woman",
                    "meaning": (
                        "Commonly read as fertility: the life of the village going on after "
                        "a death."
                    ),
                },
            },
            {
                "image": None,
                "vi": {
                    "name": "Cảnh đời thường",
                    "meaning": (
                        "Người giã gạo, người đi săn, người địu con: nhiều nghệ nhân nói họ "
                        "tạc cuộc sống hằng ngày để người đã khuất không cô đơn."
                    ),
                },
                "en": {
                    "name": "Daily life",
                    "meaning": (
                        "Pounding rice, hunting, carrying a child: many carvers say they show "
                        "daily life so that the dead are not lonely."
                    ),
                },
            },
        ],
    },
    {
        "key": "canoes",
        "slug": {"vi": "deo-thuyen-doc-moc", "en": "dugout-canoes"},
        "image": "craft-canoe",
        "endangered": True,
        "vi": {
            "title": "Đẽo thuyền độc mộc",
            "introduction": (
                "Thuyền khoét từ một thân gỗ lớn, vẫn còn chở người qua sông Đăk Bla ở làng "
                "Kon Klor."
            ),
            "history": p(
                "Các làng ven sông dùng thuyền độc mộc để qua sông, đánh cá và chở lúa. Cầu "
                "đường mới đã thay nhiều chuyến đò; người biết chọn cây và đẽo thuyền còn "
                "lại rất ít, nên đây là một trong năm nghề đề án cần giữ bí quyết.",
            ),
            "materials": ul("Một thân cây lớn, thẳng, gỗ bền nước.", "Gỗ nhẹ cho mái chèo."),
            "techniques": p(
                "Thân gỗ được đẽo mặt ngoài thành dáng thuyền rồi khoét dần lòng thuyền bằng "
                "rìu, giữ thành thuyền đều để thuyền không lật. Một chiếc thuyền cần nhiều "
                "người cùng làm trong nhiều ngày.",
            ),
            "body": [],
        },
        "en": {
            "title": "Dugout canoes",
            "introduction": (
                "Boats hollowed from a single great trunk, still carrying people across the "
                "Đăk Bla at Kon Klor."
            ),
            "history": p(
                "River villages used dugouts to cross the river, to fish and to bring home "
                "the rice. Bridges and roads have replaced many crossings; few people still "
                "know how to choose the tree and carve the boat, so it is one of the five "
                "crafts whose know-how the scheme sets out to save.",
            ),
            "materials": ul(
                "One large, straight trunk of water-resistant wood.",
                "Light wood for the paddles.",
            ),
            "techniques": p(
                "The outside of the trunk is shaped first, then the inside hollowed out with "
                "axes, keeping the sides even so the boat does not roll. One canoe takes "
                "several people many days.",
            ),
            "body": [],
        },
        "motifs": [],
    },
    {
        "key": "crossbows",
        "slug": {"vi": "lam-no", "en": "crossbows"},
        "image": "craft-crossbow",
        "endangered": True,
        "vi": {
            "title": "Làm nỏ",
            "introduction": (
                "Cây nỏ gỗ và mũi tên tre, xưa dùng để săn bắn và giữ rẫy, nay có mặt trong "
                "các hội thi bắn nỏ của ngày hội."
            ),
            "history": p(
                "Nỏ từng là vật bất ly thân của đàn ông khi vào rừng. Nay rừng được bảo vệ, "
                "nỏ chủ yếu dùng trong hội thi và làm quà lưu niệm; người làm được một cây "
                "nỏ tốt ngày càng ít.",
            ),
            "materials": ul(
                "Gỗ cứng cho thân nỏ.",
                "Gỗ dẻo dai cho cánh nỏ.",
                "Sợi vỏ cây hoặc dây bền cho dây nỏ.",
                "Tre vót cho mũi tên.",
            ),
            "techniques": p(
                "Cánh nỏ được vót cho hai bên đều nhau để mũi tên bay thẳng; lẫy nỏ phải vừa "
                "khít với rãnh. Người làm nỏ thử từng cây nhiều lần trước khi trao cho người "
                "dùng.",
            ),
            "body": [],
        },
        "en": {
            "title": "Crossbows",
            "introduction": (
                "Wooden crossbows and bamboo arrows, once for hunting and guarding the fields, "
                "today seen at the crossbow contests of festival days."
            ),
            "history": p(
                "A man once never went into the forest without his crossbow. Now that the "
                "forest is protected, crossbows are mostly used in contests and made as "
                "keepsakes, and fewer people can make a good one.",
            ),
            "materials": ul(
                "Hard wood for the stock.",
                "Tough, springy wood for the bow.",
                "Bark fibre or strong cord for the string.",
                "Shaved bamboo for the arrows.",
            ),
            "techniques": p(
                "Both limbs of the bow are shaved evenly so the arrow flies straight, and the "
                "trigger must fit its slot exactly. A maker tries each crossbow many times "
                "before handing it over.",
            ),
            "body": [],
        },
        "motifs": [],
    },
]


# ------------------------------------------------------------------------------------------
# The seven local peoples (Decision 465 covers all seven). Population: Kon Tum provincial
# statistical yearbook 2018, plus press figures for the two smallest groups.

GROUPS = [
    {
        "key": "xo-dang",
        "slug": {"vi": "xo-dang", "en": "xo-dang"},
        "image": "land-vi-ro-ngheo",
        "crafts": [
            "brocade",
            "basketry",
            "rice-wine",
            "instruments",
            "blacksmithing",
            "statues",
            "crossbows",
        ],
        "vi": {
            "title": "Xơ Đăng",
            "introduction": (
                "Dân tộc đông nhất trong các dân tộc tại chỗ, khoảng một phần tư dân số tỉnh "
                "Kon Tum cũ, gồm nhiều nhóm địa phương với nghề riêng của mình."
            ),
            "population": "132.664 người (Niên giám thống kê tỉnh Kon Tum 2018)",
            "homeland": p(
                "Phía bắc và phía đông tỉnh Kon Tum cũ: vùng Kon Plông, Kon Rẫy, Đăk Hà, Đăk "
                "Tô, Tu Mơ Rông, Ngọc Hồi và Đăk Glei.",
                "Các nhóm địa phương gồm Xơ Teng, Ca Dong, Mơ Nâm, Tơ Đrá, Hà Lăng, Châu và Tà "
                "Trĩ. Người Xơ Teng nổi tiếng dệt thổ cẩm, người Tơ Đrá giỏi nghề rèn, người "
                "Hà Lăng quen nghề đãi vàng.",
            ),
            "festivals": p(
                "Lễ mừng lúa mới sau mùa thu hoạch, thường vào khoảng tháng Mười; lễ máng nước "
                "(bắc máng nước) vào khoảng cuối tháng Ba âm lịch; lễ Pơ Leh, Tết của người Tơ "
                "Đrá.",
            ),
            "body": [
                ("h2", "Nghề truyền thống"),
                (
                    "p",
                    "Phụ nữ dệt thổ cẩm, đàn ông đan gùi, rèn dao rựa, làm nỏ. Người Mơ Nâm có "
                    "những nghệ nhân tạc tượng gỗ; nhiều làng làm nhạc cụ tre nứa như t'rưng, "
                    "k'lông pút.",
                ),
            ],
        },
        "en": {
            "title": "Xơ Đăng",
            "introduction": (
                "The largest of the local peoples, about a quarter of the former Kon Tum "
                "province, made up of several local groups, each with its own crafts."
            ),
            "population": "132,664 (Kon Tum statistical yearbook 2018)",
            "homeland": p(
                "The north and east of the former Kon Tum province: around Kon Plông, Kon "
                "Rẫy, Đăk Hà, Đăk Tô, Tu Mơ Rông, Ngọc Hồi and Đăk Glei.",
                "Local groups include the Xơ Teng, Ca Dong, Mơ Nâm, Tơ Đrá, Hà Lăng, Châu and "
                "Tà Trĩ. The Xơ Teng are known for weaving, the Tơ Đrá for smithing and the "
                "Hà Lăng for panning gold.",
            ),
            "festivals": p(
                "The new-rice festival after harvest, usually around October; the water-trough "
                "festival towards the end of the third lunar month; Pơ Leh, the Tơ Đrá new "
                "year.",
            ),
            "body": [
                ("h2", "Crafts"),
                (
                    "p",
                    "Women weave brocade; men make baskets, forge knives and machetes and build "
                    "crossbows. The Mơ Nâm have statue carvers, and many villages make bamboo "
                    "instruments such as the t'rưng and k'lông pút.",
                ),
            ],
        },
    },
    {
        "key": "ba-na",
        "slug": {"vi": "ba-na", "en": "ba-na"},
        "image": "land-kon-ko-tu",
        "crafts": ["brocade", "basketry", "rice-wine", "instruments", "statues", "canoes"],
        "vi": {
            "title": "Ba Na",
            "introduction": (
                "Cư dân của những làng nhà rông ven sông Đăk Bla, từ Kon Rẫy tới Kon Tum, với "
                "thổ cẩm, tượng gỗ và thuyền độc mộc."
            ),
            "population": "67.865 người (Niên giám thống kê tỉnh Kon Tum 2018)",
            "homeland": p(
                "Phía nam tỉnh Kon Tum cũ, dọc sông Đăk Bla từ Kon Rẫy đến khu vực thành phố "
                "Kon Tum cũ, khoảng một phần tám dân số. Các nhóm địa phương có Rơ Ngao và "
                "Jơ Lâng (Giơ Lâng).",
            ),
            "festivals": p(
                "Lễ mừng lúa mới; lễ Puh Hơ Drih; lễ hội Ét Đông của người Jơ Lâng ở Kon Rẫy, "
                "thường vào thứ Bảy đầu tiên của tháng Mười; lễ bỏ mả (Pơ thi).",
            ),
            "body": [
                ("h2", "Nghề truyền thống"),
                (
                    "p",
                    "Các tổ dệt của phụ nữ Ba Na ở Kon Tum bán sản phẩm đều đặn mỗi tháng. Ở "
                    "Kon Kơ Tu và Kon Klor, khách có thể xem dệt, đan và nghe chiêng bên nhà "
                    "rông; trên sông Đăk Bla vẫn còn thuyền độc mộc.",
                ),
            ],
        },
        "en": {
            "title": "Ba Na",
            "introduction": (
                "The people of the rong-house villages along the Đăk Bla, from Kon Rẫy to Kon "
                "Tum, known for brocade, wooden statues and dugout canoes."
            ),
            "population": "67,865 (Kon Tum statistical yearbook 2018)",
            "homeland": p(
                "The south of the former Kon Tum province, along the Đăk Bla river from Kon "
                "Rẫy to the former Kon Tum city; about one eighth of the population. Local "
                "groups include the Rơ Ngao and the Jơ Lâng (Giơ Lâng).",
            ),
            "festivals": p(
                "The new-rice festival; Puh Hơ Drih; the Jơ Lâng Ét Đông festival at Kon Rẫy, "
                "usually on the first Saturday of October; the grave-abandonment ceremony "
                "(Pơ thi).",
            ),
            "body": [
                ("h2", "Crafts"),
                (
                    "p",
                    "Ba Na women's weaving groups in Kon Tum sell their work month after month. "
                    "At Kon Kơ Tu and Kon Klor visitors can watch weaving and basketry and hear "
                    "the gongs by the rong house; dugout canoes still cross the Đăk Bla.",
                ),
            ],
        },
    },
    {
        "key": "gia-rai",
        "slug": {"vi": "gia-rai", "en": "gia-rai"},
        "image": "land-ia-chim",
        "crafts": ["brocade", "basketry", "rice-wine", "instruments", "statues"],
        "vi": {
            "title": "Gia Rai",
            "introduction": (
                "Người Gia Rai ở vùng Sa Thầy và Ia Chim, nói một ngôn ngữ thuộc ngữ hệ Nam "
                "Đảo, có nghệ nhân tạc tượng nhà mồ và mặt nạ gỗ."
            ),
            "population": "25.902 người (Niên giám thống kê tỉnh Kon Tum 2018)",
            "homeland": p(
                "Chủ yếu ở vùng Sa Thầy cũ và xã Ia Chim, phía tây khu vực thành phố Kon Tum "
                "cũ. Phần lớn người Gia Rai sống ở tỉnh Gia Lai lân cận.",
            ),
            "festivals": p(
                "Lễ bỏ mả (Pơ thi), dịp dựng tượng quanh nhà mồ; lễ mừng lúa mới sau mùa "
                "thu hoạch.",
            ),
            "body": [
                ("h2", "Nghề truyền thống"),
                (
                    "p",
                    "Dệt thổ cẩm, đan lát, làm rượu cần; nghề tạc tượng nhà mồ và mặt nạ gỗ "
                    "chỉ còn ít người giữ.",
                ),
            ],
        },
        "en": {
            "title": "Gia Rai",
            "introduction": (
                "The Gia Rai (Jarai) of Sa Thầy and Ia Chim speak an Austronesian language "
                "and have carvers of grave-house statues and wooden masks."
            ),
            "population": "25,902 (Kon Tum statistical yearbook 2018)",
            "homeland": p(
                "Mainly the former Sa Thầy district and Ia Chim commune, west of the former "
                "Kon Tum city. Most Gia Rai live in neighbouring Gia Lai province.",
            ),
            "festivals": p(
                "The grave-abandonment ceremony (Pơ thi), when statues are raised around the "
                "grave house; the new-rice festival after harvest.",
            ),
            "body": [
                ("h2", "Crafts"),
                (
                    "p",
                    "Brocade, basketry and rice wine; only a few people still carve "
                    "grave-house statues and wooden masks.",
                ),
            ],
        },
    },
    {
        "key": "gie-trieng",
        "slug": {"vi": "gie-trieng", "en": "gie-trieng"},
        "image": "land-dak-rang",
        "crafts": ["brocade", "basketry", "rice-wine", "instruments", "blacksmithing"],
        "vi": {
            "title": "Giẻ Triêng",
            "introduction": (
                "Người Giẻ Triêng sống dưới chân dãy Ngọc Linh và quanh Ngọc Hồi, nơi gần như "
                "nhà nào cũng có khung dệt."
            ),
            "population": "40.286 người (Niên giám thống kê tỉnh Kon Tum 2018)",
            "homeland": p(
                "Phía bắc tỉnh Kon Tum cũ: dãy Ngọc Linh, vùng Đăk Glei, và vùng Ngọc Hồi. "
                "Làng Đăk Răng (nay thuộc xã Dục Nông) là làng dệt nổi tiếng, có nhà rông "
                "mái tranh.",
            ),
            "festivals": p(
                "Lễ mừng lúa mới sau mùa thu hoạch; các đội chiêng của làng biểu diễn bên "
                "nhà rông trong những ngày hội.",
            ),
            "body": [
                ("h2", "Nghề truyền thống"),
                (
                    "p",
                    "Phụ nữ dệt thổ cẩm trên khung dệt đeo lưng; đàn ông đan lát và làm nhạc "
                    "cụ như đing tút. Một số làng Giẻ Triêng như Đăk Giá 1, Đăk Dấc còn giữ "
                    "nghề rèn.",
                ),
            ],
        },
        "en": {
            "title": "Giẻ Triêng",
            "introduction": (
                "The Giẻ Triêng live below the Ngọc Linh range and around Ngọc Hồi, where "
                "almost every house has a loom."
            ),
            "population": "40,286 (Kon Tum statistical yearbook 2018)",
            "homeland": p(
                "The north of the former Kon Tum province: the Ngọc Linh range, Đăk Glei and "
                "Ngọc Hồi. Đăk Răng village (now in Dục Nông commune) is a well-known weaving "
                "village with a thatched rong house.",
            ),
            "festivals": p(
                "The new-rice festival after harvest; the village gong teams play by the rong "
                "house on festival days.",
            ),
            "body": [
                ("h2", "Crafts"),
                (
                    "p",
                    "Women weave brocade on the backstrap loom; men make baskets and "
                    "instruments such as the đing tút. Some Giẻ Triêng villages, such as Đăk "
                    "Giá 1 and Đăk Dấc, still keep their forges.",
                ),
            ],
        },
    },
    {
        "key": "brau",
        "slug": {"vi": "brau", "en": "brau"},
        "image": "land-dak-me",
        "crafts": ["basketry", "rice-wine"],
        "vi": {
            "title": "Brâu",
            "introduction": (
                "Một trong những dân tộc ít người nhất Việt Nam, sống tại thôn Đăk Mế gần ngã "
                "ba biên giới Việt Nam – Lào – Campuchia, gìn giữ bộ chiêng Tha linh thiêng."
            ),
            "population": (
                "508 người (Niên giám thống kê Kon Tum 2018); khoảng 525 người năm 2019 (báo chí)"
            ),
            "homeland": p(
                "Người Brâu ở Việt Nam sống tập trung tại thôn Đăk Mế, xã Bờ Y, gần cửa khẩu "
                "quốc tế Bờ Y; năm 2019 thôn có khoảng 160 hộ.",
            ),
            "festivals": p(
                "Chiêng Tha, bộ chiêng quý của người Brâu, được coi là linh thiêng và vang lên "
                "trong những dịp lễ quan trọng của làng.",
            ),
            "body": [
                ("h2", "Giữ gìn bản sắc"),
                (
                    "p",
                    "Với dân số chỉ vài trăm người, việc truyền lại tiếng nói, tiếng chiêng và "
                    "nghề thủ công cho con cháu là mối quan tâm lớn của cả làng.",
                ),
            ],
        },
        "en": {
            "title": "Brâu",
            "introduction": (
                "One of Vietnam's smallest peoples, the Brâu (Brao) live at Đăk Mế near the "
                "border of Vietnam, Laos and Cambodia, and keep the sacred Tha gongs."
            ),
            "population": "508 (Kon Tum statistical yearbook 2018); about 525 in 2019 (press)",
            "homeland": p(
                "In Vietnam the Brâu live together in Đăk Mế hamlet, Bờ Y commune, near the "
                "Bờ Y international border gate; in 2019 the hamlet had about 160 households.",
            ),
            "festivals": p(
                "The Tha gongs, the Brâu's treasured set, are held sacred and sound at the "
                "village's important ceremonies.",
            ),
            "body": [
                ("h2", "Keeping a culture"),
                (
                    "p",
                    "With only a few hundred people, handing on the language, the gong music "
                    "and the crafts to the children is a concern of the whole village.",
                ),
            ],
        },
    },
    {
        "key": "ro-mam",
        "slug": {"vi": "ro-mam", "en": "ro-mam"},
        "image": "land-lang-le",
        "crafts": ["brocade", "basketry", "statues"],
        "vi": {
            "title": "Rơ Măm",
            "introduction": (
                "Chỉ sống ở làng Le, xã Mô Rai, gần Vườn quốc gia Chư Mom Ray; phụ nữ dệt thổ "
                "cẩm, đàn ông đan lát."
            ),
            "population": (
                "612 người (Niên giám thống kê Kon Tum 2018); khoảng 500–540 người theo báo "
                "chí gần đây"
            ),
            "homeland": p(
                "Làng Le, xã Mô Rai (tên xã giữ nguyên sau năm 2025), khoảng 150–180 hộ. Nhà "
                "trong làng quay về phía nhà rông.",
            ),
            "festivals": p(
                "Các lễ của làng diễn ra quanh nhà rông, với tiếng chiêng và rượu cần.",
            ),
            "body": [
                ("h2", "Nghề truyền thống"),
                (
                    "p",
                    "Người Rơ Măm từng tự trồng bông, kéo sợi để dệt. Nghề tạc tượng gỗ của "
                    "làng nay chỉ còn rất ít người biết.",
                ),
            ],
        },
        "en": {
            "title": "Rơ Măm",
            "introduction": (
                "The Rơ Măm (Romam) live only in Le village, Mô Rai commune, near Chư Mom Ray "
                "national park; the women weave and the men make baskets."
            ),
            "population": "612 (Kon Tum statistical yearbook 2018); about 500–540 in recent press",
            "homeland": p(
                "Le village in Mô Rai commune (its name unchanged after 2025), about 150–180 "
                "households. The houses face the rong house.",
            ),
            "festivals": p(
                "Village ceremonies take place around the rong house, with gongs and rice wine."
            ),
            "body": [
                ("h2", "Crafts"),
                (
                    "p",
                    "The Rơ Măm once grew their own cotton and spun it for weaving. Very few "
                    "people in the village still carve wooden statues.",
                ),
            ],
        },
    },
    {
        "key": "hre",
        "slug": {"vi": "hre", "en": "hre"},
        "image": "land-kon-pring",
        "crafts": ["brocade", "basketry", "rice-wine"],
        "vi": {
            "title": "Hrê",
            "introduction": (
                "Một cộng đồng nhỏ ở vùng Kon Tum cũ; phần lớn người Hrê sống ở các xã miền "
                "núi phía tây Quảng Ngãi cũ, nay cùng chung một tỉnh."
            ),
            "population": "3.971 người ở tỉnh Kon Tum (Niên giám thống kê 2018)",
            "homeland": p(
                "Ở vùng Kon Tum cũ, người Hrê là cộng đồng nhỏ. Các danh sách chính thức năm "
                "2014 chỉ kể sáu dân tộc tại chỗ, chưa có Hrê; đề án năm 2022 kể đủ bảy.",
            ),
            "festivals": p(
                "Chúng tôi sẽ bổ sung phần lễ hội khi được cùng cộng đồng ghi chép.",
            ),
            "body": [],
        },
        "en": {
            "title": "Hrê",
            "introduction": (
                "A small community in the former Kon Tum province; most Hrê live in the "
                "mountain communes of the former Quảng Ngãi, now the same province."
            ),
            "population": "3,971 in Kon Tum province (statistical yearbook 2018)",
            "homeland": p(
                "In the former Kon Tum province the Hrê are a small community. Official lists "
                "of 2014 named six local peoples without the Hrê; the 2022 scheme names all "
                "seven.",
            ),
            "festivals": p(
                "We will add their festivals once we can record them with the community."
            ),
            "body": [],
        },
    },
]


# ------------------------------------------------------------------------------------------
# Villages. Communes are the post-July-2025 units (a secondary old-to-new mapping; Kon Klor's
# ward is our best reading). Coordinates are approximate. Hosts, phones and prices are
# fictional and illustrative.

DRY_SEASON = {
    "vi": "Mùa khô, từ tháng 11 đến tháng 4; mùa lễ hội từ sau mùa gặt đến đầu xuân",
    "en": "The dry season, November to April; festivals from after harvest to early spring",
}
ASK_FIRST = {
    "vi": "Hãy hỏi trước khi chụp ảnh người và nghi lễ.",
    "en": "Please ask before photographing people and ceremonies.",
}

VILLAGES = [
    {
        "key": "kon-ko-tu",
        "slug": {"vi": "lang-kon-ko-tu", "en": "kon-ko-tu"},
        "image": "land-kon-ko-tu",
        "group": "ba-na",
        "crafts": ["brocade", "basketry", "statues", "rice-wine"],
        "commune": {"vi": "xã Đăk Rơ Wa", "en": "Đăk Rơ Wa commune"},
        "latitude": "14.34670",
        "longitude": "108.06470",
        "vi": {
            "title": "Làng Kon Kơ Tu",
            "introduction": (
                "Làng Ba Na cổ bên sông Đăk Bla, khoảng 600 người, có nhà rông giữa làng và "
                "hơn hai mươi nếp nhà sàn cũ; điểm du lịch cộng đồng đầu tiên của Kon Tum được "
                "công nhận sản phẩm OCOP 3 sao."
            ),
            "getting_there": p(
                "Cách trung tâm phường Kon Tum vài cây số về phía đông. Qua cầu treo Kon Klor "
                "rồi đi theo đường ven sông Đăk Bla; đi xe máy hay xe đạp đều thuận tiện.",
            ),
            "best_season": DRY_SEASON["vi"],
            "things_to_do": ul(
                "Nghe chiêng, xem múa xoang bên nhà rông (đoàn khách nên đặt trước).",
                "Thử dệt thổ cẩm, đan gùi cùng người làng.",
                "Đi dạo quanh những nếp nhà sàn cũ và nhà thờ gỗ; đi thuyền trên sông.",
                "Ngủ nhà sàn, ăn cơm cùng gia đình chủ nhà.",
            )
            + p(ASK_FIRST["vi"]),
            "body": [
                ("h2", "Làng bên sông"),
                (
                    "p",
                    "Kon Kơ Tu nằm bên sông Đăk Bla. Người làng đón khách bằng tiếng chiêng và "
                    "điệu xoang; nhiều gia đình mở nhà sàn cho khách ở lại, và khách có thể "
                    "đi thuyền trên sông.",
                ),
            ],
        },
        "en": {
            "title": "Kon Kơ Tu",
            "introduction": (
                "An old Ba Na village on the Đăk Bla, about 600 people, with a rong house at "
                "its heart and more than twenty old stilt houses; the first community tourism "
                "site in Kon Tum rated a 3-star OCOP product."
            ),
            "getting_there": p(
                "A few kilometres east of the centre of Kon Tum ward. Cross the Kon Klor "
                "suspension bridge and follow the road along the Đăk Bla; easy by motorbike "
                "or bicycle.",
            ),
            "best_season": DRY_SEASON["en"],
            "things_to_do": ul(
                "Hear the gongs and watch the xoang dance by the rong house (groups book ahead).",
                "Try weaving or basketry with the villagers.",
                "Walk among the old stilt houses and the wooden church; go boating.",
                "Stay in a stilt house and share meals with your hosts.",
            )
            + p(ASK_FIRST["en"]),
            "body": [
                ("h2", "A village by the river"),
                (
                    "p",
                    "Kon Kơ Tu lies on the Đăk Bla. Villagers welcome guests with gongs and the "
                    "xoang dance; many families open their stilt houses to visitors, and you "
                    "can take a boat out on the river.",
                ),
            ],
        },
        "services": [
            {
                "kind": "homestay",
                "contact_name": "Y Blơm",
                "contact_phone": "0900 000 201",
                "vi": {
                    "name": "Nhà sàn của gia đình Y Blơm",
                    "description": "Nhà sàn gỗ hai gian, chăn màn sạch, tắm nước nóng.",
                    "price": "250.000 ₫ một người một đêm, kèm bữa sáng",
                },
                "en": {
                    "name": "Y Blơm's family stilt house",
                    "description": "A two-room wooden stilt house, clean bedding, hot shower.",
                    "price": "250,000 ₫ per person a night, with breakfast",
                },
            },
            {
                "kind": "weaving",
                "contact_name": "Y Hlen",
                "contact_phone": "0900 000 202",
                "vi": {
                    "name": "Một buổi dệt cùng tổ dệt Kon Kơ Tu",
                    "description": (
                        "Ngồi bên khung dệt, học dệt một dải hoa văn nhỏ và mang về làm kỷ niệm."
                    ),
                    "price": "150.000 ₫ một người, khoảng 2 giờ",
                },
                "en": {
                    "name": "A morning with the Kon Kơ Tu weavers",
                    "description": (
                        "Sit at a loom, learn to weave a small band of pattern and take it home."
                    ),
                    "price": "150,000 ₫ per person, about 2 hours",
                },
            },
            {
                "kind": "gongs",
                "contact_name": "A Thun",
                "contact_phone": "0900 000 203",
                "vi": {
                    "name": "Chiêng và xoang bên nhà rông",
                    "description": "Đội chiêng của làng biểu diễn cho đoàn khách, đặt trước.",
                    "price": "1.500.000 ₫ một buổi cho đoàn đến 20 người",
                },
                "en": {
                    "name": "Gongs and dance by the rong house",
                    "description": "The village gong team plays for groups; book ahead.",
                    "price": "1,500,000 ₫ a performance for groups of up to 20",
                },
            },
        ],
    },
    {
        "key": "kon-klor",
        "slug": {"vi": "lang-kon-klor", "en": "kon-klor"},
        "image": "land-kon-klor",
        "group": "ba-na",
        "crafts": ["brocade", "rice-wine", "canoes"],
        "commune": {"vi": "phường Kon Tum", "en": "Kon Tum ward"},
        "latitude": "14.35580",
        "longitude": "108.02350",
        "vi": {
            "title": "Làng Kon Klor",
            "introduction": (
                "Làng Ba Na ngay bên thành phố cũ, nổi tiếng với nhà rông, cầu treo Kon Klor, "
                "thổ cẩm và rượu ghè; trên sông vẫn còn thuyền độc mộc."
            ),
            "getting_there": p(
                "Ở phía đông phường Kon Tum, nơi đầu cầu treo Kon Klor. Cầu dài 292 m, rộng "
                "4,5 m, xây từ ngày 3/2/1993 đến 1/5/1994, bắc qua sông Đăk Bla.",
            ),
            "best_season": DRY_SEASON["vi"],
            "things_to_do": ul(
                "Xem nhà rông Kon Klor và đi bộ qua cầu treo lúc hoàng hôn.",
                "Nếm rượu ghè của làng (có chừng mực).",
                "Xem thuyền độc mộc chở người qua sông.",
            )
            + p(ASK_FIRST["vi"]),
            "body": [],
        },
        "en": {
            "title": "Kon Klor",
            "introduction": (
                "A Ba Na village right by the former city, known for its rong house, the Kon "
                "Klor suspension bridge, brocade and jar wine; dugout canoes still cross the "
                "river."
            ),
            "getting_there": p(
                "On the east side of Kon Tum ward, at the end of the Kon Klor suspension "
                "bridge. The bridge, 292 m long and 4.5 m wide, was built between 3 February "
                "1993 and 1 May 1994 across the Đăk Bla.",
            ),
            "best_season": DRY_SEASON["en"],
            "things_to_do": ul(
                "See the Kon Klor rong house and walk across the bridge at sunset.",
                "Taste the village jar wine (in moderation).",
                "Watch dugout canoes ferry people across the river.",
            )
            + p(ASK_FIRST["en"]),
            "body": [],
        },
        "services": [
            {
                "kind": "guided_visit",
                "contact_name": "A Krông",
                "contact_phone": "0900 000 211",
                "vi": {
                    "name": "Đi bộ quanh làng với người Kon Klor",
                    "description": "Nhà rông, cầu treo, bến thuyền và chuyện của làng.",
                    "price": "100.000 ₫ một người, khoảng 90 phút",
                },
                "en": {
                    "name": "A village walk with a Kon Klor guide",
                    "description": "The rong house, the bridge, the landing and village stories.",
                    "price": "100,000 ₫ per person, about 90 minutes",
                },
            },
            {
                "kind": "meal",
                "contact_name": "Y Nhiêng",
                "contact_phone": "0900 000 212",
                "vi": {
                    "name": "Bữa cơm Ba Na",
                    "description": "Cơm lam, gà nướng, rau rừng và một ché rượu ghè nhỏ.",
                    "price": "180.000 ₫ một người, đặt trước một ngày",
                },
                "en": {
                    "name": "A Ba Na meal",
                    "description": (
                        "Bamboo-tube rice, grilled chicken, forest greens and a small jar of wine."
                    ),
                    "price": "180,000 ₫ per person, book a day ahead",
                },
            },
        ],
    },
    {
        "key": "dak-rang",
        "slug": {"vi": "lang-dak-rang", "en": "dak-rang"},
        "image": "land-dak-rang",
        "group": "gie-trieng",
        "crafts": ["brocade", "instruments", "basketry", "rice-wine"],
        "commune": {"vi": "xã Dục Nông", "en": "Dục Nông commune"},
        "latitude": "14.73300",
        "longitude": "107.72500",
        "vi": {
            "title": "Làng Đăk Răng",
            "introduction": (
                "Làng dệt của người Giẻ Triêng, khoảng 120 hộ, gần như nhà nào cũng có khung "
                "dệt; có nhà rông mái tranh và những đội chiêng của làng."
            ),
            "getting_there": p(
                "Từ phường Kon Tum theo đường Hồ Chí Minh (quốc lộ 14) lên phía bắc, qua Đăk "
                "Tô về vùng Ngọc Hồi cũ, khoảng 60–70 km. Làng trước thuộc xã Đăk Dục, nay "
                "thuộc xã Dục Nông.",
            ),
            "best_season": DRY_SEASON["vi"],
            "things_to_do": ul(
                "Xem phụ nữ dệt bên hiên nhà sàn và học tên các hoa văn.",
                "Nghe đội chiêng của làng ở nhà rông mái tranh.",
                "Mua thổ cẩm trực tiếp từ người dệt.",
            )
            + p(ASK_FIRST["vi"]),
            "body": [],
        },
        "en": {
            "title": "Đăk Răng",
            "introduction": (
                "A Giẻ Triêng weaving village of about 120 households, where almost every house "
                "has a loom; it has a thatched rong house and its own gong teams."
            ),
            "getting_there": p(
                "From Kon Tum ward take the Hồ Chí Minh road (highway 14) north through Đăk Tô "
                "to the former Ngọc Hồi district, about 60–70 km. The village was in Đăk Dục "
                "commune and is now in Dục Nông commune.",
            ),
            "best_season": DRY_SEASON["en"],
            "things_to_do": ul(
                "Watch women weave on their verandas and learn the names of the motifs.",
                "Hear the village gong team at the thatched rong house.",
                "Buy brocade directly from the weavers.",
            )
            + p(ASK_FIRST["en"]),
            "body": [],
        },
        "services": [
            {
                "kind": "weaving",
                "contact_name": "Y Bưp",
                "contact_phone": "0900 000 221",
                "vi": {
                    "name": "Học dệt ở Đăk Răng",
                    "description": "Nửa ngày bên khung dệt đeo lưng cùng một người dệt của làng.",
                    "price": "200.000 ₫ một người",
                },
                "en": {
                    "name": "Learn to weave at Đăk Răng",
                    "description": "Half a day at a backstrap loom with a village weaver.",
                    "price": "200,000 ₫ per person",
                },
            },
            {
                "kind": "gongs",
                "contact_name": "A Bloong",
                "contact_phone": "0900 000 222",
                "vi": {
                    "name": "Đội chiêng Đăk Răng",
                    "description": "Chiêng và múa của làng cho đoàn khách, đặt trước.",
                    "price": "1.200.000 ₫ một buổi",
                },
                "en": {
                    "name": "The Đăk Răng gong team",
                    "description": "Village gongs and dance for groups; book ahead.",
                    "price": "1,200,000 ₫ a performance",
                },
            },
        ],
    },
    {
        "key": "vi-ro-ngheo",
        "slug": {"vi": "lang-vi-ro-ngheo", "en": "vi-ro-ngheo"},
        "image": "land-vi-ro-ngheo",
        "group": "xo-dang",
        "crafts": ["brocade", "basketry", "crossbows", "rice-wine"],
        "commune": {"vi": "xã Măng Đen", "en": "Măng Đen commune"},
        "latitude": "14.78000",
        "longitude": "108.23000",
        "vi": {
            "title": "Làng Vi Rơ Ngheo",
            "introduction": (
                "Làng Xơ Đăng trên núi cao, khoảng 63 hộ, 300 người, được công nhận điểm du "
                "lịch cộng đồng vào tháng 4/2023."
            ),
            "getting_there": p(
                "Cách trung tâm Măng Đen khoảng 45 km. Làng trước thuộc xã Đăk Tăng (Kon "
                "Plông), nay thuộc xã Măng Đen. Đường đèo dốc, mùa mưa nên đi xe gầm cao.",
            ),
            "best_season": DRY_SEASON["vi"],
            "things_to_do": ul(
                "Dự lễ mừng lúa mới nếu được làng mời.",
                "Đi bộ lên rẫy cùng người dẫn đường của làng.",
                "Xem làm nỏ, đan gùi và dệt thổ cẩm.",
            )
            + p(ASK_FIRST["vi"]),
            "body": [],
        },
        "en": {
            "title": "Vi Rơ Ngheo",
            "introduction": (
                "A Xơ Đăng mountain village of about 63 households and 300 people, recognised "
                "as a community tourism site in April 2023."
            ),
            "getting_there": p(
                "About 45 km from the centre of Măng Đen. The village was in Đăk Tăng commune "
                "(Kon Plông) and is now in Măng Đen commune. The pass is steep; in the rainy "
                "season use a high-clearance vehicle.",
            ),
            "best_season": DRY_SEASON["en"],
            "things_to_do": ul(
                "Join the new-rice festival if the village invites you.",
                "Walk up to the hill fields with a village guide.",
                "Watch crossbow making, basketry and weaving.",
            )
            + p(ASK_FIRST["en"]),
            "body": [],
        },
        "services": [
            {
                "kind": "homestay",
                "contact_name": "A Vơng",
                "contact_phone": "0900 000 231",
                "vi": {
                    "name": "Homestay nhà A Vơng",
                    "description": "Nhà sàn trên sườn đồi, bữa tối cùng gia đình.",
                    "price": "300.000 ₫ một người một đêm, kèm bữa tối và bữa sáng",
                },
                "en": {
                    "name": "A Vơng's homestay",
                    "description": "A stilt house on the hillside, dinner with the family.",
                    "price": "300,000 ₫ per person a night, dinner and breakfast included",
                },
            },
            {
                "kind": "guided_visit",
                "contact_name": "A Hyên",
                "contact_phone": "0900 000 232",
                "vi": {
                    "name": "Đường lên rẫy",
                    "description": "Nửa ngày đi bộ qua rẫy và rừng với thanh niên của làng.",
                    "price": "250.000 ₫ một nhóm đến 6 người",
                },
                "en": {
                    "name": "The path to the fields",
                    "description": (
                        "A half-day walk through fields and forest with young villagers."
                    ),
                    "price": "250,000 ₫ for a group of up to 6",
                },
            },
        ],
    },
    {
        "key": "lang-le",
        "slug": {"vi": "lang-le", "en": "le-village"},
        "image": "land-lang-le",
        "group": "ro-mam",
        "crafts": ["brocade", "basketry", "statues"],
        "commune": {"vi": "xã Mô Rai", "en": "Mô Rai commune"},
        "latitude": "14.27000",
        "longitude": "107.60000",
        "vi": {
            "title": "Làng Le",
            "introduction": (
                "Làng duy nhất của người Rơ Măm, khoảng 150–180 hộ, gần Vườn quốc gia Chư Mom "
                "Ray; các nhà trong làng quay về phía nhà rông."
            ),
            "getting_there": p(
                "Từ phường Kon Tum đi về phía tây qua vùng Sa Thầy rồi về xã Mô Rai. Đây là "
                "vùng biên giới: hãy liên hệ trước với UBND xã và đi cùng người dẫn đường của "
                "làng.",
            ),
            "best_season": DRY_SEASON["vi"],
            "things_to_do": ul(
                "Gặp các tổ dệt và đan lát của làng.",
                "Nghe kể chuyện làng bên nhà rông.",
            )
            + p(ASK_FIRST["vi"]),
            "body": [],
        },
        "en": {
            "title": "Le village",
            "introduction": (
                "The only village of the Rơ Măm, about 150–180 households near Chư Mom Ray "
                "national park; the houses face the rong house."
            ),
            "getting_there": p(
                "From Kon Tum ward head west through the Sa Thầy area to Mô Rai commune. This "
                "is a border area: contact the commune office beforehand and go with a village "
                "guide.",
            ),
            "best_season": DRY_SEASON["en"],
            "things_to_do": ul(
                "Meet the village weaving and basketry groups.",
                "Listen to village stories by the rong house.",
            )
            + p(ASK_FIRST["en"]),
            "body": [],
        },
        "services": [
            {
                "kind": "guided_visit",
                "contact_name": "Y Ngăm",
                "contact_phone": "0900 000 241",
                "vi": {
                    "name": "Thăm làng cùng thanh niên Rơ Măm",
                    "description": "Các bạn trẻ của làng dẫn khách thăm tổ dệt, tổ đan.",
                    "price": "Tự nguyện đóng góp cho quỹ làng",
                },
                "en": {
                    "name": "Le village with young Rơ Măm guides",
                    "description": (
                        "Young villagers take visitors to the weaving and basketry groups."
                    ),
                    "price": "A donation to the village fund",
                },
            },
        ],
    },
    {
        "key": "dak-me",
        "slug": {"vi": "thon-dak-me", "en": "dak-me"},
        "image": "land-dak-me",
        "group": "brau",
        "crafts": ["basketry", "rice-wine"],
        "commune": {"vi": "xã Bờ Y", "en": "Bờ Y commune"},
        "latitude": "14.69500",
        "longitude": "107.61000",
        "vi": {
            "title": "Thôn Đăk Mế",
            "introduction": (
                "Thôn của người Brâu gần ngã ba biên giới Việt Nam – Lào – Campuchia, khoảng "
                "160 hộ, nơi gìn giữ bộ chiêng Tha linh thiêng."
            ),
            "getting_there": p(
                "Theo quốc lộ 40 từ vùng Ngọc Hồi cũ về phía cửa khẩu quốc tế Bờ Y. Vùng biên "
                "giới: hãy liên hệ trước với UBND xã Bờ Y.",
            ),
            "best_season": DRY_SEASON["vi"],
            "things_to_do": ul(
                "Tìm hiểu đời sống của người Brâu cùng cán bộ văn hoá xã.",
                "Xem đan gùi và làm rượu cần.",
            )
            + p("Chiêng Tha là vật linh thiêng: chỉ nghe và xem khi làng đồng ý."),
            "body": [],
        },
        "en": {
            "title": "Đăk Mế",
            "introduction": (
                "The Brâu hamlet near the border of Vietnam, Laos and Cambodia, about 160 "
                "households, keepers of the sacred Tha gongs."
            ),
            "getting_there": p(
                "Take highway 40 from the former Ngọc Hồi district towards the Bờ Y "
                "international border gate. This is a border area: contact Bờ Y commune "
                "beforehand.",
            ),
            "best_season": DRY_SEASON["en"],
            "things_to_do": ul(
                "Learn about Brâu life with the commune's culture officer.",
                "Watch basket weaving and rice-wine making.",
            )
            + p("The Tha gongs are sacred: hear and see them only when the village agrees."),
            "body": [],
        },
        "services": [
            {
                "kind": "guided_visit",
                "contact_name": "A Đăng",
                "contact_phone": "0900 000 251",
                "vi": {
                    "name": "Thăm Đăk Mế có hẹn trước",
                    "description": "Cán bộ văn hoá xã đi cùng, giới thiệu người làm nghề.",
                    "price": "Miễn phí; mua sản phẩm trực tiếp từ người làm",
                },
                "en": {
                    "name": "A visit to Đăk Mế by appointment",
                    "description": (
                        "The commune culture officer comes along and introduces the makers."
                    ),
                    "price": "Free; buy directly from the makers",
                },
            },
        ],
    },
    {
        "key": "kon-pring",
        "slug": {"vi": "lang-kon-pring", "en": "kon-pring"},
        "image": "land-kon-pring",
        "group": "xo-dang",
        "crafts": ["brocade", "statues", "rice-wine"],
        "commune": {"vi": "xã Măng Đen", "en": "Măng Đen commune"},
        "latitude": "14.59600",
        "longitude": "108.27000",
        "vi": {
            "title": "Làng Kon Pring",
            "introduction": (
                "Làng du lịch cộng đồng của người Xơ Đăng ở Măng Đen, giữa rừng thông, ở độ "
                "cao trên 1.200 m, mát quanh năm (16–22 °C)."
            ),
            "getting_there": p(
                "Gần trung tâm Măng Đen, khu du lịch sinh thái quốc gia; từ phường Kon Tum đi "
                "theo quốc lộ 24 lên phía đông bắc.",
            ),
            "best_season": "Quanh năm; mùa khô (tháng 11–4) dễ đi lại hơn",
            "things_to_do": ul(
                "Thác Pa Sỹ, hồ Đăk Ke và rừng thông Măng Đen.",
                "Vườn tượng gỗ Măng Đen.",
                "Xem trình diễn thổ cẩm cách tân khi có sự kiện.",
            )
            + p(ASK_FIRST["vi"]),
            "body": [],
        },
        "en": {
            "title": "Kon Pring",
            "introduction": (
                "A Xơ Đăng community tourism village in Măng Đen, among pine forests above "
                "1,200 m, cool all year (16–22 °C)."
            ),
            "getting_there": p(
                "Close to the centre of Măng Đen, a national ecotourism area; from Kon Tum "
                "ward take highway 24 to the north-east.",
            ),
            "best_season": "All year; the dry season (November–April) is easier to travel",
            "things_to_do": ul(
                "Pa Sỹ falls, Đăk Ke lake and the Măng Đen pine forest.",
                "The Măng Đen wooden-statue garden.",
                "Modernised brocade shows when there is an event.",
            )
            + p(ASK_FIRST["en"]),
            "body": [],
        },
        "services": [
            {
                "kind": "homestay",
                "contact_name": "Y Đing",
                "contact_phone": "0900 000 261",
                "vi": {
                    "name": "Nhà sàn Kon Pring",
                    "description": "Nhà sàn gỗ giữa rừng thông, có chăn ấm cho đêm lạnh.",
                    "price": "350.000 ₫ một người một đêm, kèm bữa sáng",
                },
                "en": {
                    "name": "Kon Pring stilt house",
                    "description": "A wooden stilt house in the pines, warm blankets at night.",
                    "price": "350,000 ₫ per person a night, with breakfast",
                },
            },
            {
                "kind": "meal",
                "contact_name": "Y Đing",
                "contact_phone": "0900 000 261",
                "vi": {
                    "name": "Bữa tối bên bếp lửa",
                    "description": "Món ăn của làng nấu trên bếp củi, đặt trước trong ngày.",
                    "price": "200.000 ₫ một người",
                },
                "en": {
                    "name": "Dinner by the hearth",
                    "description": "Village dishes cooked over the fire; book the same day.",
                    "price": "200,000 ₫ per person",
                },
            },
        ],
    },
    {
        "key": "dak-ui",
        "slug": {"vi": "lang-ren-dak-ui", "en": "dak-ui-forge-villages"},
        "image": "land-dak-ui",
        "group": "xo-dang",
        "crafts": ["blacksmithing", "basketry"],
        "commune": {"vi": "xã Đăk Ui", "en": "Đăk Ui commune"},
        "latitude": "14.59000",
        "longitude": "108.01000",
        "vi": {
            "title": "Làng rèn Tơ Đrá ở Đăk Ui",
            "introduction": (
                "Các làng của người Xơ Đăng Tơ Đrá ở xã Đăk Ui (Đăk Hà cũ), nơi vẫn còn những "
                "lò rèn với ống bễ gỗ bọc da."
            ),
            "getting_there": p(
                "Từ phường Kon Tum theo quốc lộ 14 lên phía bắc tới khu vực Đăk Hà, rồi rẽ về "
                "phía đông tới xã Đăk Ui.",
            ),
            "best_season": "Sau lễ mừng lúa mới, khoảng tháng 11 đến tháng 3, khi lò rèn đỏ lửa",
            "things_to_do": ul(
                "Xem một lò rèn làm việc: kéo bễ, giữ phôi, quai búa.",
                "Đặt một con dao hoặc chiếc rựa làm theo yêu cầu.",
            ),
            "body": [],
        },
        "en": {
            "title": "The Tơ Đrá forge villages of Đăk Ui",
            "introduction": (
                "Xơ Đăng Tơ Đrá villages in Đăk Ui commune (former Đăk Hà district), where "
                "forges with wood-and-hide bellows are still at work."
            ),
            "getting_there": p(
                "From Kon Tum ward take highway 14 north to the Đăk Hà area, then turn east to "
                "Đăk Ui commune.",
            ),
            "best_season": "After the new-rice festival, about November to March, forges lit",
            "things_to_do": ul(
                "Watch a forge at work: bellows, holding the iron, swinging the hammer.",
                "Order a knife or machete made to your needs.",
            ),
            "body": [],
        },
        "services": [
            {
                "kind": "other",
                "contact_name": "A Đrong",
                "contact_phone": "0900 000 271",
                "vi": {
                    "name": "Một buổi ở lò rèn",
                    "description": "Xem rèn và thử kéo bễ; có đồ bảo hộ cho khách.",
                    "price": "150.000 ₫ một người, khoảng 2 giờ",
                },
                "en": {
                    "name": "A morning at the forge",
                    "description": "Watch the smiths and try the bellows; safety gear provided.",
                    "price": "150,000 ₫ per person, about 2 hours",
                },
            },
        ],
    },
    {
        "key": "ia-chim",
        "slug": {"vi": "lang-gia-rai-ia-chim", "en": "ia-chim-gia-rai-villages"},
        "image": "land-ia-chim",
        "group": "gia-rai",
        "crafts": ["statues", "brocade", "basketry"],
        "commune": {"vi": "xã Ia Chim", "en": "Ia Chim commune"},
        "latitude": "14.31500",
        "longitude": "107.91500",
        "vi": {
            "title": "Làng Gia Rai ở Ia Chim",
            "introduction": (
                "Các làng Gia Rai ở phía tây khu vực thành phố Kon Tum cũ, nơi còn nghệ nhân "
                "tạc tượng nhà mồ và mặt nạ gỗ."
            ),
            "getting_there": p("Cách trung tâm phường Kon Tum khoảng 15 km về phía tây."),
            "best_season": DRY_SEASON["vi"],
            "things_to_do": ul(
                "Thăm xưởng tạc tượng và mặt nạ gỗ của nghệ nhân.",
                "Tìm hiểu ý nghĩa của tượng nhà mồ.",
            )
            + p("Nhà mồ là nơi linh thiêng: không chạm vào tượng, hỏi trước khi chụp ảnh."),
            "body": [],
        },
        "en": {
            "title": "The Gia Rai villages of Ia Chim",
            "introduction": (
                "Gia Rai villages west of the former Kon Tum city, where carvers of "
                "grave-house statues and wooden masks still work."
            ),
            "getting_there": p("About 15 km west of the centre of Kon Tum ward."),
            "best_season": DRY_SEASON["en"],
            "things_to_do": ul(
                "Visit a carver's workshop for statues and masks.",
                "Learn what the grave-house statues mean.",
            )
            + p("Grave houses are sacred: do not touch the statues, ask before photographing."),
            "body": [],
        },
        "services": [
            {
                "kind": "guided_visit",
                "contact_name": "Rơ Lan Hmok",
                "contact_phone": "0900 000 281",
                "vi": {
                    "name": "Một buổi ở xưởng tạc tượng",
                    "description": "Nghệ nhân kể về tượng nhà mồ và cho xem cách đẽo.",
                    "price": "120.000 ₫ một người",
                },
                "en": {
                    "name": "A visit to the carving workshop",
                    "description": "The carver talks about grave statues and shows how he works.",
                    "price": "120,000 ₫ per person",
                },
            },
        ],
    },
]


# ------------------------------------------------------------------------------------------
# Artisans. ALL FICTIONAL: invented names in each people's naming style; none of the real
# artisans named in the sources. "body" is a list of paragraphs.


def honour(kind, year, vi="", en=""):
    return {"kind": kind, "year": year, "name": {"vi": vi, "en": en}}


PROVINCIAL = ("Bằng khen UBND tỉnh Kon Tum", "Certificate of merit, Kon Tum People's Committee")
ETHNIC_BOARD = ("Giấy khen Ban Dân tộc tỉnh Kon Tum", "Commendation, Kon Tum Ethnic Affairs Board")


def consent_note(language_vi, language_en):
    return {
        "vi": (
            f"Ký phiếu đồng ý tại nhà văn hoá làng, có người phiên dịch tiếng {language_vi}; "
            "bản gốc lưu tại văn phòng Làng Nghề."
        ),
        "en": (
            f"Signed a consent form at the village hall with a {language_en} interpreter; the "
            "original is kept at the Làng Nghề office."
        ),
    }


ARTISANS = [
    {
        "key": "y-hlen",
        "slug": {"vi": "y-hlen", "en": "y-hlen"},
        "portrait": "portrait-1",
        "group": "ba-na",
        "village": "kon-ko-tu",
        "crafts": ["brocade"],
        "honours": [
            honour("meritorious_artisan", 2019),
            honour("provincial", 2023, *PROVINCIAL),
        ],
        "consent_days_ago": 300,
        "consent": consent_note("Ba Na", "Ba Na"),
        "vi": {
            "title": "Y Hlen",
            "introduction": (
                "Người dệt Ba Na ở Kon Kơ Tu, hơn bốn mươi năm bên khung dệt, nay dạy các em "
                "gái trong làng nhuộm sợi bằng vỏ cây."
            ),
            "body": [
                "Y Hlen học dệt từ năm mười hai tuổi, ngồi cạnh mẹ dưới hiên nhà sàn. Tấm váy "
                "đầu tiên bà dệt xong mất gần một mùa khô, và bà vẫn giữ nó đến hôm nay.",
                "Khi sợi mua sẵn về làng, nhiều người bỏ nhuộm lá. Y Hlen thì vẫn vào rừng "
                "tìm vỏ cây, rễ cây để nhuộm màu đen, màu đỏ, và ghi lại từng công thức cho "
                "tổ dệt.",
                "Bà nói mỗi tấm thổ cẩm là một lời kể: ai nhìn hoa văn cũng biết người dệt là "
                "người làng nào.",
            ],
        },
        "en": {
            "title": "Y Hlen",
            "introduction": (
                "A Ba Na weaver of Kon Kơ Tu with more than forty years at the loom, who now "
                "teaches the village girls to dye yarn with bark."
            ),
            "body": [
                "Y Hlen learnt to weave at twelve, sitting beside her mother on the veranda of "
                "their stilt house. Her first skirt took almost a whole dry season, and she "
                "still keeps it.",
                "When bought yarn came to the village, many gave up leaf dyes. Y Hlen still "
                "goes to the forest for the bark and roots that give black and red, and has "
                "written down each recipe for the weaving group.",
                "She says every piece of brocade tells something: anyone who reads the "
                "patterns knows which village the weaver comes from.",
            ],
        },
    },
    {
        "key": "a-broh",
        "slug": {"vi": "a-broh", "en": "a-broh"},
        "portrait": "portrait-2",
        "group": "ba-na",
        "village": "kon-ko-tu",
        "crafts": ["basketry"],
        "honours": [honour("provincial", 2022, *PROVINCIAL)],
        "consent_days_ago": 290,
        "consent": consent_note("Ba Na", "Ba Na"),
        "vi": {
            "title": "A Brơh",
            "introduction": (
                "Thợ đan gùi ở Kon Kơ Tu, người mở lớp đan cho thiếu niên trong làng mỗi mùa khô."
            ),
            "body": [
                "A Brơh đan chiếc gùi đầu tiên để đựng củi cho mẹ. Bây giờ ông làm đủ loại: "
                "gùi cõng lúa, gùi hoa văn đi hội, nia, hộp cơm.",
                "Ông chọn lồ ô vào tháng khô nhất, chẻ nan rồi gác lên bếp cho nan khỏi mọt. "
                "Một chiếc gùi hoa văn cao chừng tám mươi phân mất của ông ba ngày.",
                'Lớp đan của ông luôn kín chỗ: "Trẻ con thích làm được một cái gì bằng tay '
                'mình," ông nói.',
            ],
        },
        "en": {
            "title": "A Brơh",
            "introduction": (
                "A basket maker of Kon Kơ Tu who runs a basketry class for the village "
                "teenagers every dry season."
            ),
            "body": [
                "A Brơh wove his first gùi to carry firewood for his mother. Today he makes "
                "every kind: rice baskets, patterned festival baskets, winnowing trays, rice "
                "boxes.",
                "He cuts lồ ô in the driest month, splits it and stores the strips above the "
                "hearth to keep insects away. A patterned gùi about eighty centimetres tall "
                "takes him three days.",
                'His class is always full: "Children like making something with their own '
                'hands," he says.',
            ],
        },
    },
    {
        "key": "y-nhieng",
        "slug": {"vi": "y-nhieng", "en": "y-nhieng"},
        "portrait": "portrait-3",
        "group": "ba-na",
        "village": "kon-klor",
        "crafts": ["rice-wine", "brocade"],
        "honours": [honour("other", 2023, *ETHNIC_BOARD)],
        "consent_days_ago": 280,
        "consent": consent_note("Ba Na", "Ba Na"),
        "vi": {
            "title": "Y Nhiêng",
            "introduction": ("Người làm rượu ghè ở Kon Klor, giữ công thức men lá của mẹ và bà."),
            "body": [
                "Men của Y Nhiêng gồm bảy loại lá và rễ, công thức bà học từ mẹ. Bà không "
                "viết ra giấy mà dạy trực tiếp cho con gái, mỗi lần làm một mẻ men.",
                "Ngoài rượu, bà còn dệt khăn và túi nhỏ để bán cho khách qua cầu treo Kon Klor.",
            ],
        },
        "en": {
            "title": "Y Nhiêng",
            "introduction": (
                "A maker of jar wine in Kon Klor who keeps her mother's and grandmother's "
                "leaf-yeast recipe."
            ),
            "body": [
                "Y Nhiêng's yeast uses seven kinds of leaves and roots, a recipe she learnt "
                "from her mother. She does not write it down but teaches her daughter "
                "directly, one batch of yeast at a time.",
                "Besides wine she weaves scarves and small bags for visitors who cross the "
                "Kon Klor bridge.",
            ],
        },
    },
    {
        "key": "a-klun",
        "slug": {"vi": "a-klun", "en": "a-klun"},
        "portrait": "portrait-4",
        "group": "ba-na",
        "village": "kon-klor",
        "crafts": ["canoes"],
        "honours": [honour("provincial", 2021, *PROVINCIAL)],
        "consent_days_ago": 270,
        "consent": consent_note("Ba Na", "Ba Na"),
        "vi": {
            "title": "A Klưn",
            "introduction": (
                "Một trong số ít người còn biết chọn cây và đẽo thuyền độc mộc trên sông Đăk Bla."
            ),
            "body": [
                "A Klưn theo cha đẽo thuyền từ năm mười lăm tuổi. Ông nói cái khó nhất không "
                "phải là khoét lòng thuyền mà là chọn cây: thân phải thẳng, gỗ phải bền nước.",
                "Chiếc thuyền gần đây nhất ông làm cùng năm người trong làng, mất gần một "
                "tháng. Ông mong có thêm thanh niên theo học trước khi ông không còn đủ sức "
                "cầm rìu.",
            ],
        },
        "en": {
            "title": "A Klưn",
            "introduction": (
                "One of the few people who still know how to choose a tree and carve a dugout "
                "canoe on the Đăk Bla."
            ),
            "body": [
                "A Klưn began carving boats with his father at fifteen. The hardest part, he "
                "says, is not hollowing the boat but choosing the tree: the trunk must be "
                "straight and the wood must stand the water.",
                "His latest canoe took him and five other villagers almost a month. He hopes "
                "more young men will learn before he is too old to swing the axe.",
            ],
        },
    },
    {
        "key": "y-bup",
        "slug": {"vi": "y-bup", "en": "y-bup"},
        "portrait": "portrait-5",
        "group": "gie-trieng",
        "village": "dak-rang",
        "crafts": ["brocade"],
        "honours": [
            honour("provincial", 2020, *PROVINCIAL),
            honour("meritorious_artisan", 2022),
        ],
        "consent_days_ago": 260,
        "consent": consent_note("Giẻ Triêng", "Giẻ Triêng"),
        "vi": {
            "title": "Y Bưp",
            "introduction": (
                "Người dệt Giẻ Triêng ở Đăk Răng, thuộc lòng hàng chục mẫu hoa văn và dạy lớp "
                "dệt cho các em trong làng."
            ),
            "body": [
                "Ở Đăk Răng nhà nào cũng có khung dệt, nhưng người ta vẫn tìm đến Y Bưp khi "
                "quên cách đếm sợi của một mẫu cũ. Bà nhớ hàng chục mẫu mà không cần vẽ ra.",
                "Mỗi mùa khô bà mở lớp dệt ở nhà rông. Những em học xong lớp trước giờ ngồi "
                "cạnh bà để kèm các em mới.",
                "Bà mong thổ cẩm Đăk Răng được mặc trong ngày thường, không chỉ treo trên tường.",
            ],
        },
        "en": {
            "title": "Y Bưp",
            "introduction": (
                "A Giẻ Triêng weaver of Đăk Răng who knows dozens of patterns by heart and "
                "teaches the village's weaving class."
            ),
            "body": [
                "Every house in Đăk Răng has a loom, yet people still come to Y Bưp when they "
                "forget how to count an old pattern. She remembers dozens without drawing "
                "them.",
                "Each dry season she teaches a class at the rong house. Girls who finished "
                "the last class now sit beside her to help the newcomers.",
                "She wants Đăk Răng brocade to be worn every day, not only hung on walls.",
            ],
        },
    },
    {
        "key": "a-bloong",
        "slug": {"vi": "a-bloong", "en": "a-bloong"},
        "portrait": "portrait-6",
        "group": "gie-trieng",
        "village": "dak-rang",
        "crafts": ["instruments"],
        "honours": [honour("provincial", 2024, *PROVINCIAL)],
        "consent_days_ago": 250,
        "consent": consent_note("Giẻ Triêng", "Giẻ Triêng"),
        "vi": {
            "title": "A Bloong",
            "introduction": (
                "Người làm t'rưng và đing tút ở Đăk Răng, trưởng đội chiêng của làng."
            ),
            "body": [
                "A Bloong chọn ống nứa bằng tai: ông gõ nhẹ từng ống còn trên bụi rồi mới "
                "chặt. Ống được phơi trên gác bếp cả mùa mưa trước khi gọt.",
                "Ông dạy lớp làm t'rưng cho thanh niên, bắt đầu từ việc nghe: ai chưa phân "
                "biệt được hai tiếng gần nhau thì chưa được cầm dao gọt.",
            ],
        },
        "en": {
            "title": "A Bloong",
            "introduction": (
                "A maker of t'rưng and đing tút in Đăk Răng and leader of the village gong team."
            ),
            "body": [
                "A Bloong chooses bamboo by ear: he taps each tube while it still grows and "
                "only then cuts it. The tubes dry above the hearth for a whole rainy season "
                "before he shaves them.",
                "He teaches young people to make the t'rưng starting with listening: whoever "
                "cannot yet tell two close notes apart does not pick up the knife.",
            ],
        },
    },
    {
        "key": "a-drong",
        "slug": {"vi": "a-drong", "en": "a-drong"},
        "portrait": "portrait-1",
        "group": "xo-dang",
        "village": "dak-ui",
        "crafts": ["blacksmithing"],
        "honours": [
            honour("meritorious_artisan", 2015),
            honour("provincial", 2019, *PROVINCIAL),
        ],
        "consent_days_ago": 240,
        "consent": consent_note("Xơ Đăng", "Xơ Đăng"),
        "vi": {
            "title": "A Đrong",
            "introduction": (
                "Thợ rèn Xơ Đăng Tơ Đrá ở Đăk Ui, người giữ một trong những lò rèn ống bễ "
                "gỗ cuối cùng của làng."
            ),
            "body": [
                "Lò của A Đrong dùng bễ hai ống gỗ bọc da dê, ống thổi bằng tre và mũi thổi "
                "bằng đất nung như thời ông nội. Ba người làm một lò: con trai ông kéo bễ, "
                "cháu ông giữ phôi.",
                "Lò chỉ đỏ lửa sau lễ mừng lúa mới. Những tháng ấy, người các làng quanh đó "
                "mang rựa cũ đến nhờ ông rèn lại.",
                'Ông đang dạy lớp rèn đầu tiên sau nhiều năm: "Nếu không dạy, lò này sẽ '
                'nguội theo tôi."',
            ],
        },
        "en": {
            "title": "A Đrong",
            "introduction": (
                "A Xơ Đăng Tơ Đrá smith of Đăk Ui who keeps one of the village's last forges "
                "with wooden bellows."
            ),
            "body": [
                "A Đrong's forge uses two wooden bellows cylinders covered with goat hide, "
                "bamboo air pipes and a fired-clay nozzle, as in his grandfather's day. It "
                "takes three people: his son works the bellows, his grandson holds the iron.",
                "The forge is lit only after the new-rice festival. In those months people "
                "from the villages around bring old machetes for him to forge anew.",
                'He is teaching his first smithing class in many years: "If I do not teach, '
                'this forge will go cold with me."',
            ],
        },
    },
    {
        "key": "a-vong",
        "slug": {"vi": "a-vong", "en": "a-vong"},
        "portrait": "portrait-2",
        "group": "xo-dang",
        "village": "vi-ro-ngheo",
        "crafts": ["crossbows", "basketry"],
        "honours": [honour("other", 2023, *ETHNIC_BOARD)],
        "consent_days_ago": 230,
        "consent": consent_note("Xơ Đăng", "Xơ Đăng"),
        "vi": {
            "title": "A Vơng",
            "introduction": (
                "Người làm nỏ và đan gùi ở Vi Rơ Ngheo, cũng là chủ một homestay của làng."
            ),
            "body": [
                "A Vơng làm nỏ theo cách cha ông dạy: thân bằng gỗ cứng, cánh bằng gỗ dẻo, "
                "vót cho hai bên đều nhau. Mỗi cây ông bắn thử hàng chục lần.",
                "Nay nỏ của ông dùng trong các hội thi bắn nỏ và làm quà cho khách. Ông dạy "
                "lớp làm nỏ cho thanh niên trong làng và kể cho họ nghe chuyện đi rừng ngày "
                "trước.",
            ],
        },
        "en": {
            "title": "A Vơng",
            "introduction": (
                "A crossbow and basket maker of Vi Rơ Ngheo who also runs one of the village "
                "homestays."
            ),
            "body": [
                "A Vơng makes crossbows the way his father taught him: a hardwood stock, a "
                "springy bow shaved evenly on both sides. He shoots each one dozens of times.",
                "Today his crossbows are used in festival contests and bought as keepsakes. "
                "He teaches the village's young men to make them and tells them about the "
                "forest as it was.",
            ],
        },
    },
    {
        "key": "y-hmui",
        "slug": {"vi": "y-hmui", "en": "y-hmui"},
        "portrait": "portrait-3",
        "group": "xo-dang",
        "village": "vi-ro-ngheo",
        "crafts": ["brocade"],
        "honours": [honour("other", 2024, *ETHNIC_BOARD)],
        "consent_days_ago": 220,
        "consent": consent_note("Xơ Đăng", "Xơ Đăng"),
        "vi": {
            "title": "Y Hmui",
            "introduction": (
                "Người dệt trẻ ở Vi Rơ Ngheo, đưa thổ cẩm của làng lên các trang bán hàng "
                "qua Zalo và Facebook."
            ),
            "body": [
                "Y Hmui học dệt ở một lớp truyền nghề khi mười lăm tuổi. Giờ cô dệt khăn, túi "
                "và nhận đơn qua điện thoại cho cả tổ dệt của làng.",
                'Cô chụp ảnh từng tấm vải, ghi tên người dệt và tên hoa văn: "Khách muốn '
                'biết ai làm ra món đồ họ mua."',
            ],
        },
        "en": {
            "title": "Y Hmui",
            "introduction": (
                "A young weaver of Vi Rơ Ngheo who brings the village's brocade to buyers on "
                "Zalo and Facebook."
            ),
            "body": [
                "Y Hmui learnt to weave in a craft class at fifteen. Now she weaves scarves "
                "and bags and takes orders by phone for the whole village weaving group.",
                'She photographs every piece and notes the weaver and the pattern: "Buyers '
                'want to know who made what they buy."',
            ],
        },
    },
    {
        "key": "a-loi",
        "slug": {"vi": "a-loi", "en": "a-loi"},
        "portrait": "portrait-4",
        "group": "ro-mam",
        "village": "lang-le",
        "crafts": ["basketry"],
        "honours": [honour("provincial", 2023, *PROVINCIAL)],
        "consent_days_ago": 210,
        "consent": consent_note("Rơ Măm", "Rơ Măm"),
        "vi": {
            "title": "A Lơi",
            "introduction": (
                "Người đan gùi Rơ Măm ở làng Le, dạy đan cho con cháu để nghề của một dân tộc "
                "chỉ vài trăm người không mất đi."
            ),
            "body": [
                "Làng Le chỉ có vài trăm người, nên mỗi người biết nghề đều quý. A Lơi đan "
                "gùi, nia, giỏ bắt cá, và tối tối dạy cháu mình chẻ nan bên bếp lửa.",
                "Ông giữ những chiếc gùi cũ của cha như mẫu, để lớp trẻ nhìn mà làm theo.",
            ],
        },
        "en": {
            "title": "A Lơi",
            "introduction": (
                "A Rơ Măm basket maker of Le village who teaches the young so that the craft "
                "of a people of a few hundred is not lost."
            ),
            "body": [
                "Le village has only a few hundred people, so everyone who knows a craft "
                "counts. A Lơi makes back-baskets, winnowing trays and fish traps, and in the "
                "evenings teaches his grandchildren to split strips by the fire.",
                "He keeps his father's old baskets as models for the young to copy.",
            ],
        },
    },
    {
        "key": "y-tring",
        "slug": {"vi": "y-tring", "en": "y-tring"},
        "portrait": "portrait-5",
        "group": "brau",
        "village": "dak-me",
        "crafts": ["rice-wine", "basketry"],
        "honours": [honour("other", 2022, *ETHNIC_BOARD)],
        "consent_days_ago": 200,
        "consent": consent_note("Brâu", "Brâu"),
        "vi": {
            "title": "Y Tring",
            "introduction": ("Người làm rượu cần ở thôn Đăk Mế, giữ cách làm men của người Brâu."),
            "body": [
                "Y Tring làm rượu cần cho các dịp lễ của thôn. Men của bà làm từ lá và rễ "
                "hái ở rừng gần biên giới, phơi trên gác bếp.",
                "Bà cũng đan những chiếc giỏ nhỏ và đang dạy hai cô con dâu cách làm men, vì "
                '"người Brâu ít, cái gì biết thì phải truyền lại".',
            ],
        },
        "en": {
            "title": "Y Tring",
            "introduction": ("A rice-wine maker of Đăk Mế who keeps the Brâu way of making yeast."),
            "body": [
                "Y Tring makes rice wine for the hamlet's ceremonies. Her yeast comes from "
                "leaves and roots gathered in the forest near the border and dried above the "
                "hearth.",
                "She also weaves small baskets, and is teaching her two daughters-in-law to "
                'make yeast, because "we Brâu are few; what we know we must pass on".',
            ],
        },
    },
    {
        "key": "ro-lan-hmok",
        "slug": {"vi": "ro-lan-hmok", "en": "ro-lan-hmok"},
        "portrait": "portrait-6",
        "group": "gia-rai",
        "village": "ia-chim",
        "crafts": ["statues"],
        "honours": [honour("provincial", 2020, *PROVINCIAL)],
        "consent_days_ago": 190,
        "consent": consent_note("Gia Rai", "Gia Rai"),
        "vi": {
            "title": "Rơ Lan Hmok",
            "introduction": ("Nghệ nhân tạc tượng nhà mồ và mặt nạ gỗ người Gia Rai ở Ia Chim."),
            "body": [
                "Rơ Lan Hmok tạc tượng cho lễ bỏ mả của làng mình và các làng lân cận. Ông "
                "chỉ dùng rìu, rựa và một cây đục nhỏ, để lại nguyên vết đẽo trên mặt gỗ.",
                "Ông phân biệt rõ: tượng cho nhà mồ thì làm theo lễ, còn tượng nhỏ và mặt nạ "
                "bán cho khách là một việc khác, không mang theo điều linh thiêng của làng.",
            ],
        },
        "en": {
            "title": "Rơ Lan Hmok",
            "introduction": (
                "A Gia Rai carver of grave-house statues and wooden masks in Ia Chim."
            ),
            "body": [
                "Rơ Lan Hmok carves statues for the grave-abandonment ceremonies of his own "
                "and nearby villages. He uses only an axe, a machete and a small chisel, and "
                "leaves the tool marks on the wood.",
                "He keeps a clear line: statues for the grave house follow the ceremony, "
                "while the small figures and masks sold to visitors are another matter and "
                "carry nothing sacred of the village.",
            ],
        },
    },
]


# ------------------------------------------------------------------------------------------
# Stories. Authors are fictional; "days_ago" spreads the dates over the last 14 months.

STORIES = [
    {
        "key": "weaving-season-dak-rang",
        "slug": {"vi": "mua-det-o-dak-rang", "en": "weaving-season-in-dak-rang"},
        "image": "craft-brocade",
        "days_ago": 12,
        "author": "Lê Thu Trang",
        "topics": {"vi": ["thổ cẩm", "làng nghề"], "en": ["brocade", "villages"]},
        "vi": {
            "title": "Mùa dệt ở Đăk Răng",
            "introduction": (
                "Khi lúa đã về kho, hiên nhà sàn ở Đăk Răng lại rộn tiếng khung dệt. Chúng "
                "tôi ngồi cả ngày với những người dệt thổ cẩm Giẻ Triêng."
            ),
            "body": [
                ("h2", "Tiếng khung dệt sau mùa gặt"),
                (
                    "p",
                    "Làng Đăk Răng có khoảng 120 hộ, và gần như nhà nào cũng có một khung dệt "
                    "đeo lưng. Sau mùa gặt, phụ nữ ngồi dệt từ sáng sớm, con nhỏ chơi bên cạnh, "
                    "bà nội ngồi gỡ sợi.",
                ),
                (
                    "p",
                    "Mỗi người dệt có cách đếm sợi riêng cho từng hoa văn. Không ai vẽ mẫu ra "
                    "giấy: hoa văn nằm trong trí nhớ và trong đôi tay.",
                ),
                (
                    "quote",
                    "Dệt nhanh thì ai cũng dệt được. Dệt cho đúng hoa văn của làng mới khó.",
                    "Y Bưp, người dệt ở Đăk Răng",
                ),
                (
                    "gallery",
                    ["brocade-2", "brocade-3"],
                    "Các dải hoa văn thổ cẩm (tranh minh hoạ)",
                ),
                ("h2", "Từ khung dệt đến người mua"),
                (
                    "p",
                    "Tổ dệt của làng bán khăn, váy, túi cho khách đến thăm và qua các điểm "
                    "trưng bày sản phẩm. Một phần thổ cẩm Đăk Răng nay có mặt trên trang này.",
                ),
                (
                    "related",
                    "Tìm hiểu thêm",
                    ["village:dak-rang", "craft:brocade", "artisan:y-bup"],
                ),
            ],
        },
        "en": {
            "title": "Weaving season in Đăk Răng",
            "introduction": (
                "Once the rice is in, the verandas of Đăk Răng fill with the sound of looms. "
                "We spent a day with the Giẻ Triêng weavers."
            ),
            "body": [
                ("h2", "Looms after the harvest"),
                (
                    "p",
                    "Đăk Răng has about 120 households, and almost every one has a backstrap "
                    "loom. After harvest the women weave from early morning, small children "
                    "playing beside them and grandmothers untangling yarn.",
                ),
                (
                    "p",
                    "Every weaver has her own way of counting threads for each motif. No one "
                    "draws the patterns on paper: they live in memory and in the hands.",
                ),
                (
                    "quote",
                    "Anyone can weave fast. Weaving the village's patterns right is the hard part.",
                    "Y Bưp, weaver of Đăk Răng",
                ),
                (
                    "gallery",
                    ["brocade-2", "brocade-3"],
                    "Bands of brocade motifs (illustrations)",
                ),
                ("h2", "From the loom to the buyer"),
                (
                    "p",
                    "The village weaving group sells scarves, skirts and bags to visitors and "
                    "through the province's display points. Some Đăk Răng brocade is now on "
                    "this site.",
                ),
                (
                    "related",
                    "Find out more",
                    ["village:dak-rang", "craft:brocade", "artisan:y-bup"],
                ),
            ],
        },
    },
    {
        "key": "to-dra-forge",
        "slug": {"vi": "tieng-bua-ren-cua-nguoi-to-dra", "en": "the-to-dra-forge"},
        "image": "craft-blacksmithing",
        "days_ago": 40,
        "author": "Trần Minh Khoa",
        "topics": {"vi": ["rèn", "nghệ nhân"], "en": ["smithing", "artisans"]},
        "vi": {
            "title": "Tiếng búa rèn của người Tơ Đrá",
            "introduction": (
                "Ở Đăk Ui, lò rèn chỉ đỏ lửa sau lễ mừng lúa mới. Một buổi sáng bên ống bễ "
                "gỗ bọc da."
            ),
            "body": [
                ("h2", "Ba người, một lò"),
                (
                    "p",
                    "Lò rèn của người Tơ Đrá cần ít nhất ba người: một người kéo bễ, một người "
                    "giữ phôi, một người quai búa. Bễ là hai ống gỗ, piston bọc da dê hay da "
                    "hươu; gió đi qua ống tre và mũi thổi bằng đất nung.",
                ),
                (
                    "p",
                    "Xưa kia người Tơ Đrá tự luyện quặng sắt, và mỗi làng có bảy đến mười lăm "
                    "lò. Nay chỉ còn vài lò, phần lớn rèn lại từ thép cũ.",
                ),
                (
                    "quote",
                    "Nếu không dạy, lò này sẽ nguội theo tôi.",
                    "A Đrong, thợ rèn ở Đăk Ui",
                ),
                ("h2", "Giữ lửa cho nghề"),
                (
                    "p",
                    "Rèn là một trong năm nghề mà đề án bảo tồn của tỉnh xếp vào nhóm cần giữ "
                    "bí quyết. Lớp rèn sắp tới ở Đăk Ui dành cho thanh niên trong làng.",
                ),
            ],
        },
        "en": {
            "title": "The Tơ Đrá forge",
            "introduction": (
                "In Đăk Ui the forges are lit only after the new-rice festival. A morning "
                "beside the wood-and-hide bellows."
            ),
            "body": [
                ("h2", "Three people, one forge"),
                (
                    "p",
                    "A Tơ Đrá forge takes at least three people: one at the bellows, one "
                    "holding the iron, one with the hammer. The bellows are two wooden "
                    "cylinders with pistons of goat or deer hide; the air runs through bamboo "
                    "pipes and a fired-clay nozzle.",
                ),
                (
                    "p",
                    "The Tơ Đrá once smelted their own iron ore, and each village had seven to "
                    "fifteen forges. Only a few remain, most working old steel.",
                ),
                (
                    "quote",
                    "If I do not teach, this forge will go cold with me.",
                    "A Đrong, smith of Đăk Ui",
                ),
                ("h2", "Keeping the fire"),
                (
                    "p",
                    "Smithing is one of the five crafts the provincial scheme lists as "
                    "endangered know-how. The coming smithing class at Đăk Ui is for the "
                    "village's young men and women.",
                ),
            ],
        },
    },
    {
        "key": "kon-ko-tu-river",
        "slug": {"vi": "kon-ko-tu-lang-ben-song-dak-bla", "en": "kon-ko-tu-by-the-dak-bla"},
        "image": "land-kon-ko-tu",
        "days_ago": 65,
        "author": "Nguyễn Hà My",
        "topics": {
            "vi": ["du lịch cộng đồng", "làng nghề"],
            "en": ["community tourism", "villages"],
        },
        "vi": {
            "title": "Kon Kơ Tu, làng bên sông Đăk Bla",
            "introduction": (
                "Ngôi làng Ba Na đầu tiên ở Kon Tum có sản phẩm du lịch cộng đồng đạt OCOP "
                "3 sao: một ngày ở nhà sàn, bên nhà rông và trên sông."
            ),
            "body": [
                ("h2", "Qua cầu treo"),
                (
                    "p",
                    "Từ trung tâm phường Kon Tum, chúng tôi qua cầu treo Kon Klor rồi theo "
                    "đường ven sông Đăk Bla. Kon Kơ Tu hiện ra với nhà rông ở giữa và hơn hai "
                    "mươi nếp nhà sàn cũ.",
                ),
                (
                    "p",
                    "Làng có khoảng 600 người. Nhiều gia đình mở nhà sàn đón khách; buổi tối "
                    "có chiêng và xoang bên nhà rông, ban ngày có thể thử dệt, đan hay đi "
                    "thuyền.",
                ),
                ("h2", "Làm khách cho phải phép"),
                (
                    "p",
                    "Hỏi trước khi chụp ảnh, không vào nhà rông khi chưa được mời, mua đồ "
                    "trực tiếp từ người làm: những điều nhỏ giúp chuyến đi thành cuộc gặp gỡ.",
                ),
                (
                    "related",
                    "Ở Kon Kơ Tu",
                    ["village:kon-ko-tu", "artisan:y-hlen", "artisan:a-broh"],
                ),
            ],
        },
        "en": {
            "title": "Kon Kơ Tu, by the Đăk Bla",
            "introduction": (
                "The first Ba Na village in Kon Tum whose community tourism earned a 3-star "
                "OCOP rating: a day in a stilt house, by the rong house and on the river."
            ),
            "body": [
                ("h2", "Across the bridge"),
                (
                    "p",
                    "From the centre of Kon Tum ward we crossed the Kon Klor suspension bridge "
                    "and followed the road along the Đăk Bla. Kon Kơ Tu appears with its rong "
                    "house at the centre and more than twenty old stilt houses.",
                ),
                (
                    "p",
                    "About 600 people live here. Many families host visitors; in the evening "
                    "there are gongs and dancing by the rong house, and by day you can try "
                    "weaving or basketry or go out on the river.",
                ),
                ("h2", "Being a good guest"),
                (
                    "p",
                    "Ask before taking pictures, wait to be invited into the rong house, buy "
                    "directly from the makers: small things that turn a trip into a meeting.",
                ),
                (
                    "related",
                    "In Kon Kơ Tu",
                    ["village:kon-ko-tu", "artisan:y-hlen", "artisan:a-broh"],
                ),
            ],
        },
    },
    {
        "key": "the-gui",
        "slug": {"vi": "chiec-gui-theo-nguoi-len-nuong", "en": "the-gui-back-basket"},
        "image": "obj-gui",
        "days_ago": 90,
        "author": "Trần Minh Khoa",
        "topics": {"vi": ["đan lát", "nghệ nhân"], "en": ["basketry", "artisans"]},
        "vi": {
            "title": "Chiếc gùi theo người lên nương",
            "introduction": (
                "Gùi cõng lúa, gùi mang củi, gùi nhỏ đi hội: chuyện nghề đan của đàn ông các "
                "làng Tây Nguyên."
            ),
            "body": [
                ("h2", "Nan lồ ô và bếp lửa"),
                (
                    "p",
                    "Lồ ô được chặt vào mùa khô, chẻ thành nan, vót mỏng rồi gác lên bếp cho "
                    "khô và khỏi mọt. Nan nhuộm sẫm được đan xen với nan mộc để tạo hoa văn.",
                ),
                ("image", "obj-gui", "Chiếc gùi đan nan tre có dải hoa văn (tranh minh hoạ)"),
                (
                    "p",
                    "Một chiếc gùi hoa văn cao chừng 80 cm có thể mất ba ngày công trở lên. Năm "
                    "2022, hơn 1.700 người trong tỉnh làm nghề đan lát.",
                ),
                (
                    "quote",
                    "Trẻ con thích làm được một cái gì bằng tay mình.",
                    "A Brơh, thợ đan ở Kon Kơ Tu",
                ),
                (
                    "related",
                    "Tìm hiểu thêm",
                    ["craft:basketry", "artisan:a-broh", "village:kon-ko-tu"],
                ),
            ],
        },
        "en": {
            "title": "The gùi, a basket for the hill fields",
            "introduction": (
                "Baskets for rice, for firewood, small ones for festivals: the basketry of "
                "the Central Highlands' village men."
            ),
            "body": [
                ("h2", "Lồ ô strips and the hearth"),
                (
                    "p",
                    "Lồ ô bamboo is cut in the dry season, split into strips, shaved thin and "
                    "stored above the hearth to dry and keep insects out. Dark-dyed strips are "
                    "woven among natural ones to make the patterns.",
                ),
                ("image", "obj-gui", "A bamboo gùi with a patterned band (illustration)"),
                (
                    "p",
                    "A patterned gùi about 80 cm tall can take three days or more. In 2022 "
                    "more than 1,700 people in the province were making baskets.",
                ),
                (
                    "quote",
                    "Children like making something with their own hands.",
                    "A Brơh, basket maker of Kon Kơ Tu",
                ),
                (
                    "related",
                    "Find out more",
                    ["craft:basketry", "artisan:a-broh", "village:kon-ko-tu"],
                ),
            ],
        },
    },
    {
        "key": "leaf-yeast",
        "slug": {"vi": "ruou-can-va-men-la", "en": "rice-wine-and-leaf-yeast"},
        "image": "craft-rice-wine",
        "days_ago": 118,
        "author": "Lê Thu Trang",
        "topics": {"vi": ["rượu cần", "nghệ nhân"], "en": ["rice wine", "artisans"]},
        "vi": {
            "title": "Rượu cần và men lá",
            "introduction": (
                "Nghề phổ biến nhất của các làng: khoảng 8.500 người biết làm rượu cần. Bí "
                "quyết nằm ở men lá của mỗi nhà."
            ),
            "body": [
                ("h2", "Bảy loại lá"),
                (
                    "p",
                    "Men được làm từ lá, rễ, vỏ cây hái trong rừng, giã với bột gạo, nặn thành "
                    "bánh rồi phơi trên gác bếp. Mỗi nhà một công thức, thường do người mẹ giữ.",
                ),
                (
                    "quote",
                    "Công thức không viết ra giấy. Con gái tôi học bằng cách làm cùng tôi.",
                    "Y Nhiêng, người làm rượu ở Kon Klor",
                ),
                ("h2", "Từ ché rượu đến OCOP"),
                (
                    "p",
                    "Trong đề án bảo tồn nghề, đã có hai sản phẩm rượu cần đạt chuẩn OCOP. Rượu "
                    "cần là đồ uống có cồn: hãy thưởng thức có chừng mực.",
                ),
            ],
        },
        "en": {
            "title": "Rice wine and leaf yeast",
            "introduction": (
                "The villages' most widespread craft: about 8,500 people know how to make "
                "rice wine. The secret is each family's leaf yeast."
            ),
            "body": [
                ("h2", "Seven kinds of leaves"),
                (
                    "p",
                    "Yeast is made from forest leaves, roots and bark pounded with rice flour, "
                    "shaped into cakes and dried above the hearth. Every family has its own "
                    "recipe, usually kept by the mother.",
                ),
                (
                    "quote",
                    "The recipe is not written down. My daughter learns by making it with me.",
                    "Y Nhiêng, wine maker of Kon Klor",
                ),
                ("h2", "From the jar to OCOP"),
                (
                    "p",
                    "Under the craft preservation scheme two rice-wine products have reached "
                    "the OCOP standard. Rice wine is alcoholic: please enjoy it in moderation.",
                ),
            ],
        },
    },
    {
        "key": "le-village",
        "slug": {"vi": "lang-le-noi-nguoi-ro-mam-giu-nghe", "en": "le-village-ro-mam-crafts"},
        "image": "land-lang-le",
        "days_ago": 145,
        "author": "Nguyễn Hà My",
        "topics": {
            "vi": ["thổ cẩm", "đan lát", "làng nghề"],
            "en": ["brocade", "basketry", "villages"],
        },
        "vi": {
            "title": "Làng Le, nơi người Rơ Măm giữ nghề",
            "introduction": (
                "Người Rơ Măm chỉ có vài trăm người, sống ở một làng duy nhất. Ở đó, mỗi "
                "người biết dệt, biết đan đều quý."
            ),
            "body": [
                ("h2", "Một làng, một dân tộc"),
                (
                    "p",
                    "Làng Le thuộc xã Mô Rai, gần Vườn quốc gia Chư Mom Ray, có khoảng 150–180 "
                    "hộ. Các nhà quay về phía nhà rông, nơi diễn ra các lễ của làng.",
                ),
                (
                    "p",
                    "Phụ nữ Rơ Măm dệt thổ cẩm; xưa họ tự hái bông, kéo sợi. Đàn ông đan gùi, "
                    "nia, giỏ bắt cá. Nghề tạc tượng gỗ của làng nay chỉ còn rất ít người biết.",
                ),
                (
                    "gallery",
                    ["brocade-2", "basket-2"],
                    "Thổ cẩm và nan đan (tranh minh hoạ)",
                ),
            ],
        },
        "en": {
            "title": "Le village, where the Rơ Măm keep their crafts",
            "introduction": (
                "The Rơ Măm number only a few hundred and live in a single village. There, "
                "everyone who can weave or make baskets counts."
            ),
            "body": [
                ("h2", "One village, one people"),
                (
                    "p",
                    "Le village, in Mô Rai commune near Chư Mom Ray national park, has about "
                    "150–180 households. The houses face the rong house, where the village's "
                    "ceremonies take place.",
                ),
                (
                    "p",
                    "Rơ Măm women weave brocade; they once picked their own cotton and spun "
                    "it. The men make back-baskets, winnowing trays and fish traps. Very few "
                    "people still carve wooden statues.",
                ),
                ("gallery", ["brocade-2", "basket-2"], "Brocade and basketry (illustrations)"),
            ],
        },
    },
    {
        "key": "dak-me-gongs",
        "slug": {"vi": "dak-me-va-bo-chieng-tha", "en": "dak-me-and-the-tha-gongs"},
        "image": "obj-gong",
        "days_ago": 170,
        "author": "Y Sa Ly",
        "topics": {"vi": ["nhạc cụ", "làng nghề"], "en": ["instruments", "villages"]},
        "vi": {
            "title": "Đăk Mế và bộ chiêng Tha",
            "introduction": (
                "Ở thôn của người Brâu gần ngã ba biên giới, bộ chiêng Tha là vật linh thiêng "
                "của cả cộng đồng."
            ),
            "body": [
                ("h2", "Ngã ba biên giới"),
                (
                    "p",
                    "Thôn Đăk Mế, xã Bờ Y, nằm gần nơi biên giới Việt Nam, Lào và Campuchia "
                    "gặp nhau. Năm 2019 thôn có khoảng 160 hộ, hơn 500 người Brâu.",
                ),
                (
                    "p",
                    "Chiêng Tha được người Brâu coi là linh thiêng. Chúng tôi chỉ nghe kể về "
                    "chiêng; người làng quyết định khi nào chiêng được đánh và ai được nghe.",
                ),
                (
                    "quote",
                    "Người Brâu ít, cái gì biết thì phải truyền lại.",
                    "Y Tring, người làm rượu cần ở Đăk Mế",
                ),
            ],
        },
        "en": {
            "title": "Đăk Mế and the Tha gongs",
            "introduction": (
                "In the Brâu hamlet near the tri-border, the Tha gongs are sacred to the "
                "whole community."
            ),
            "body": [
                ("h2", "Where three borders meet"),
                (
                    "p",
                    "Đăk Mế hamlet in Bờ Y commune lies near the point where Vietnam, Laos and "
                    "Cambodia meet. In 2019 it had about 160 households, a little over 500 "
                    "Brâu people.",
                ),
                (
                    "p",
                    "The Brâu hold the Tha gongs sacred. We only heard about them; the village "
                    "decides when the gongs are played and who may listen.",
                ),
                (
                    "quote",
                    "We Brâu are few; what we know we must pass on.",
                    "Y Tring, rice-wine maker of Đăk Mế",
                ),
            ],
        },
    },
    {
        "key": "dugouts",
        "slug": {"vi": "thuyen-doc-moc-tren-song-dak-bla", "en": "dugouts-on-the-dak-bla"},
        "image": "craft-canoe",
        "days_ago": 198,
        "author": "Trần Minh Khoa",
        "topics": {"vi": ["thuyền độc mộc", "nghệ nhân"], "en": ["dugout canoes", "artisans"]},
        "vi": {
            "title": "Thuyền độc mộc trên sông Đăk Bla",
            "introduction": (
                "Ở Kon Klor, những chiếc thuyền khoét từ một thân gỗ vẫn chở người qua sông. "
                "Người biết đẽo thuyền thì còn rất ít."
            ),
            "body": [
                ("h2", "Chọn cây"),
                (
                    "p",
                    "Thân cây phải thẳng, đủ lớn, gỗ phải bền nước. Mặt ngoài được đẽo thành "
                    "dáng thuyền trước, rồi lòng thuyền được khoét dần bằng rìu.",
                ),
                (
                    "quote",
                    "Khoét thì nhiều người làm được. Chọn cây mới là cái khó.",
                    "A Klưn, người đẽo thuyền ở Kon Klor",
                ),
                (
                    "p",
                    "Thuyền độc mộc là một trong năm nghề có nguy cơ mai một mà đề án của tỉnh "
                    "cần giữ lại bí quyết.",
                ),
            ],
        },
        "en": {
            "title": "Dugouts on the Đăk Bla",
            "introduction": (
                "At Kon Klor, boats hollowed from a single trunk still carry people across "
                "the river. Very few people can still carve them."
            ),
            "body": [
                ("h2", "Choosing the tree"),
                (
                    "p",
                    "The trunk must be straight and big enough, and the wood must stand the "
                    "water. The outside is shaped first, then the inside hollowed out with "
                    "axes, little by little.",
                ),
                (
                    "quote",
                    "Many can hollow a boat. Choosing the tree is the hard part.",
                    "A Klưn, canoe carver of Kon Klor",
                ),
                (
                    "p",
                    "Dugout carving is one of the five endangered crafts whose know-how the "
                    "provincial scheme sets out to save.",
                ),
            ],
        },
    },
    {
        "key": "grave-statues",
        "slug": {"vi": "tuong-nha-mo", "en": "grave-house-statues"},
        "image": "craft-statue",
        "days_ago": 225,
        "author": "Y Sa Ly",
        "topics": {"vi": ["tạc tượng", "nghệ nhân"], "en": ["statue carving", "artisans"]},
        "vi": {
            "title": "Tượng nhà mồ",
            "introduction": (
                "Những bức tượng dựng quanh nhà mồ trong lễ bỏ mả nói về nỗi thương nhớ và "
                "về cuộc sống tiếp nối."
            ),
            "body": [
                ("h2", "Cho lễ bỏ mả"),
                (
                    "p",
                    "Tượng được tạc cho lễ bỏ mả (Pơ thi), lễ tiễn người đã khuất. Thường thấy "
                    "người ngồi ôm mặt, đôi nam nữ, cảnh săn bắn, giã gạo. Cách hiểu từng "
                    "tượng do người làng kể, và không phải làng nào cũng giống nhau.",
                ),
                (
                    "quote",
                    "Tượng cho nhà mồ thì làm theo lễ. Tượng bán cho khách là việc khác.",
                    "Rơ Lan Hmok, nghệ nhân tạc tượng ở Ia Chim",
                ),
                ("h2", "Khi đến thăm"),
                (
                    "p",
                    "Nhà mồ là nơi linh thiêng. Xin đừng chạm vào tượng và hãy hỏi người làng "
                    "trước khi chụp ảnh. Ở Măng Đen có vườn tượng gỗ dành cho du khách.",
                ),
            ],
        },
        "en": {
            "title": "Grave-house statues",
            "introduction": (
                "The statues raised around the grave house for the grave-abandonment "
                "ceremony speak of grief and of life going on."
            ),
            "body": [
                ("h2", "For the grave-abandonment ceremony"),
                (
                    "p",
                    "The statues are carved for the grave-abandonment ceremony (Pơ thi), which "
                    "sends the dead on their way. Common figures are mourners with their face "
                    "in their hands, couples, hunters and women pounding rice. Villagers "
                    "explain them in their own ways, and not every village reads them alike.",
                ),
                (
                    "quote",
                    "Statues for the grave house follow the ceremony. Statues sold to visitors "
                    "are another matter.",
                    "Rơ Lan Hmok, carver of Ia Chim",
                ),
                ("h2", "When you visit"),
                (
                    "p",
                    "Grave houses are sacred. Please do not touch the statues and ask the "
                    "villagers before taking pictures. Măng Đen has a wooden-statue garden for "
                    "visitors.",
                ),
            ],
        },
    },
    {
        "key": "craft-classes",
        "slug": {"vi": "lop-truyen-nghe-cho-lop-tre", "en": "craft-classes-for-the-young"},
        "image": "brocade-3",
        "days_ago": 255,
        "author": "Nguyễn Hà My",
        "topics": {
            "vi": ["lớp truyền nghề", "thổ cẩm"],
            "en": ["classes", "brocade"],
        },
        "vi": {
            "title": "Lớp truyền nghề cho lớp trẻ",
            "introduction": (
                "Từ năm 2022, các lớp truyền nghề đưa nghệ nhân ngồi cạnh thanh thiếu niên "
                "trong làng. Con số và những điều con số không kể hết."
            ),
            "body": [
                ("h2", "Những con số"),
                (
                    "p",
                    "Từ năm 2022 đến tháng 10/2024, các địa phương mở 24 lớp truyền nghề, "
                    "thành lập 10 tổ liên kết và 9 tổ hợp tác; ngành văn hoá mở 10 lớp dạy dệt "
                    "với khoảng 300 học viên.",
                ),
                ("image", "craft-brocade", "Tấm thổ cẩm nhiều dải hoa văn (tranh minh hoạ)"),
                ("h2", "Ngồi cạnh người dạy"),
                (
                    "p",
                    "Ở lớp dệt, các em học cách căng sợi, cài hoa văn, rồi đếm sợi theo trí "
                    "nhớ. Những em học xong lớp trước quay lại kèm các em mới.",
                ),
                (
                    "quote",
                    "Các em dệt hỏng nhiều lắm. Tôi ngày xưa cũng vậy.",
                    "Y Hlen, người dệt ở Kon Kơ Tu",
                ),
                (
                    "related",
                    "Người dạy",
                    ["artisan:y-hlen", "artisan:y-bup", "craft:brocade"],
                ),
            ],
        },
        "en": {
            "title": "Craft classes for the young",
            "introduction": (
                "Since 2022 craft classes have seated artisans beside the teenagers of their "
                "villages. The figures, and what they leave out."
            ),
            "body": [
                ("h2", "The figures"),
                (
                    "p",
                    "Between 2022 and October 2024 local authorities ran 24 craft classes and "
                    "set up 10 linkage groups and 9 cooperative groups; the culture department "
                    "ran 10 weaving classes for about 300 learners.",
                ),
                ("image", "craft-brocade", "Brocade with many bands of motifs (illustration)"),
                ("h2", "Sitting beside the teacher"),
                (
                    "p",
                    "In a weaving class the learners set up the warp, pick up the patterns and "
                    "learn to count threads from memory. Those who finished the last class "
                    "come back to help the new ones.",
                ),
                (
                    "quote",
                    "They spoil a lot of cloth. So did I, long ago.",
                    "Y Hlen, weaver of Kon Kơ Tu",
                ),
                (
                    "related",
                    "The teachers",
                    ["artisan:y-hlen", "artisan:y-bup", "craft:brocade"],
                ),
            ],
        },
    },
    {
        "key": "bamboo-sounds",
        "slug": {"vi": "am-thanh-cua-tre-nua", "en": "the-sound-of-bamboo"},
        "image": "craft-instruments",
        "days_ago": 285,
        "author": "Y Sa Ly",
        "topics": {"vi": ["nhạc cụ", "nghệ nhân"], "en": ["instruments", "artisans"]},
        "vi": {
            "title": "Âm thanh của tre nứa",
            "introduction": (
                "T'rưng, k'lông pút, đing tút: những nhạc cụ được làm từ ống tre, nứa và "
                "được chỉnh bằng tai của người làng."
            ),
            "body": [
                ("h2", "Chọn ống bằng tai"),
                (
                    "p",
                    "Người làm nhạc cụ gõ từng ống còn trên bụi trước khi chặt, phơi ống trên "
                    "gác bếp rồi gọt dần cho đúng tiếng. K'lông pút gồm bảy đến mười ống, do "
                    "phụ nữ vỗ tay trước miệng ống để thổi hơi.",
                ),
                ("h2", "Chiêng của làng"),
                (
                    "p",
                    "Không gian văn hoá Cồng chiêng Tây Nguyên được UNESCO công nhận năm 2005. "
                    "Chiêng phần lớn được mua từ nơi khác; người làng giữ và chỉnh âm chiêng.",
                ),
            ],
        },
        "en": {
            "title": "The sound of bamboo",
            "introduction": (
                "T'rưng, k'lông pút, đing tút: instruments made from bamboo tubes and tuned "
                "by village ears."
            ),
            "body": [
                ("h2", "Choosing tubes by ear"),
                (
                    "p",
                    "Makers tap each tube while it still grows before cutting it, dry it above "
                    "the hearth and shave it until it sings the right note. The k'lông pút has "
                    "seven to ten tubes; women play it by clapping in front of the tube mouths.",
                ),
                ("h2", "The village gongs"),
                (
                    "p",
                    "UNESCO recognised the Space of Gong Culture of the Central Highlands in "
                    "2005. Gongs are mostly bought from elsewhere; villagers keep and tune them.",
                ),
            ],
        },
    },
    {
        "key": "new-brocade",
        "slug": {"vi": "tho-cam-cach-tan-o-mang-den", "en": "new-brocade-in-mang-den"},
        "image": "obj-scarf",
        "days_ago": 315,
        "author": "Lê Thu Trang",
        "topics": {"vi": ["thổ cẩm", "du lịch cộng đồng"], "en": ["brocade", "community tourism"]},
        "vi": {
            "title": "Thổ cẩm cách tân ở Măng Đen",
            "introduction": (
                "Váy áo mới may từ vải dệt tay lên sàn diễn ở Măng Đen. Người dệt trẻ tìm "
                "đường cho thổ cẩm đến với người mua."
            ),
            "body": [
                ("h2", "Vải cũ, dáng mới"),
                (
                    "p",
                    "Những buổi trình diễn thổ cẩm cách tân ở Măng Đen đưa vải dệt tay vào "
                    "trang phục hằng ngày. Ở Kon Kơ Tu có khoảng bảy người dệt thường xuyên.",
                ),
                (
                    "quote",
                    "Khách muốn biết ai làm ra món đồ họ mua.",
                    "Y Hmui, người dệt ở Vi Rơ Ngheo",
                ),
                (
                    "p",
                    "Các tổ dệt bán hàng qua Zalo và Facebook, và qua các điểm trưng bày, ký "
                    "gửi gắn với điểm du lịch ở Kon Tum và Kon Plông.",
                ),
            ],
        },
        "en": {
            "title": "New brocade in Măng Đen",
            "introduction": (
                "New clothes cut from hand-woven cloth on the catwalk in Măng Đen. Young "
                "weavers are finding ways to bring brocade to buyers."
            ),
            "body": [
                ("h2", "Old cloth, new shapes"),
                (
                    "p",
                    "Shows of modernised brocade in Măng Đen bring hand-woven cloth into "
                    "everyday clothes. In Kon Kơ Tu about seven women weave regularly.",
                ),
                (
                    "quote",
                    "Buyers want to know who made what they buy.",
                    "Y Hmui, weaver of Vi Rơ Ngheo",
                ),
                (
                    "p",
                    "Weaving groups sell on Zalo and Facebook and through display and "
                    "consignment points linked to the tourist sites of Kon Tum and Kon Plông.",
                ),
            ],
        },
    },
    {
        "key": "festival-season",
        "slug": {"vi": "mua-le-hoi-mung-lua-moi", "en": "the-new-rice-season"},
        "image": "land-vi-ro-ngheo",
        "days_ago": 345,
        "author": "Y Sa Ly",
        "topics": {"vi": ["lễ hội", "làng nghề"], "en": ["festivals", "villages"]},
        "vi": {
            "title": "Mùa lễ hội mừng lúa mới",
            "introduction": (
                "Từ cuối mùa mưa đến đầu mùa khô, các làng lần lượt mừng lúa mới, bắc máng "
                "nước, và những lò rèn đỏ lửa trở lại."
            ),
            "body": [
                ("h2", "Sau mùa gặt"),
                (
                    "p",
                    "Mùa lễ hội thường kéo dài từ khoảng tháng 10, tháng 11 đến tháng 3, tháng "
                    "4 năm sau. Người Xơ Đăng mừng lúa mới sau thu hoạch, thường vào khoảng "
                    "tháng Mười; lễ máng nước diễn ra vào khoảng cuối tháng Ba âm lịch.",
                ),
                (
                    "p",
                    "Lễ hội là của làng. Khách chỉ nên đến khi được mời, và hãy hỏi người làng "
                    "trước khi chụp ảnh các nghi lễ.",
                ),
            ],
        },
        "en": {
            "title": "The new-rice season",
            "introduction": (
                "From the end of the rains to the early dry season, village after village "
                "celebrates the new rice, renews its water trough, and the forges are lit "
                "again."
            ),
            "body": [
                ("h2", "After the harvest"),
                (
                    "p",
                    "The festival season usually runs from around October or November to March "
                    "or April. The Xơ Đăng celebrate the new rice after harvest, usually around "
                    "October; the water-trough festival falls towards the end of the third "
                    "lunar month.",
                ),
                (
                    "p",
                    "Festivals belong to the village. Visitors should come only when invited, "
                    "and ask before photographing ceremonies.",
                ),
            ],
        },
    },
    {
        "key": "crossbow",
        "slug": {"vi": "cay-no-va-nguoi-giu-nghe", "en": "the-crossbow-and-its-maker"},
        "image": "craft-crossbow",
        "days_ago": 375,
        "author": "Trần Minh Khoa",
        "topics": {"vi": ["nỏ", "nghệ nhân"], "en": ["crossbows", "artisans"]},
        "vi": {
            "title": "Cây nỏ và người giữ nghề",
            "introduction": (
                "Nỏ từng theo đàn ông vào rừng. Nay nó có mặt trong các hội thi bắn nỏ, và "
                "người làm được một cây nỏ tốt ngày càng ít."
            ),
            "body": [
                ("h2", "Hai cánh phải đều"),
                (
                    "p",
                    "Thân nỏ bằng gỗ cứng, cánh nỏ bằng gỗ dẻo dai, mũi tên bằng tre vót. Cánh "
                    "nỏ được vót cho hai bên đều nhau để mũi tên bay thẳng.",
                ),
                (
                    "quote",
                    "Cây nào tôi cũng bắn thử mấy chục lần rồi mới đưa cho người ta.",
                    "A Vơng, người làm nỏ ở Vi Rơ Ngheo",
                ),
                (
                    "p",
                    "Làm nỏ là một trong năm nghề có nguy cơ mai một trong đề án bảo tồn của tỉnh.",
                ),
            ],
        },
        "en": {
            "title": "The crossbow and its maker",
            "introduction": (
                "The crossbow once went with men into the forest. Today it appears at "
                "festival contests, and fewer people can make a good one."
            ),
            "body": [
                ("h2", "Both limbs even"),
                (
                    "p",
                    "The stock is hard wood, the bow tough springy wood, the arrows shaved "
                    "bamboo. Both limbs are shaved evenly so the arrow flies straight.",
                ),
                (
                    "quote",
                    "I shoot every crossbow dozens of times before I hand it over.",
                    "A Vơng, crossbow maker of Vi Rơ Ngheo",
                ),
                (
                    "p",
                    "Crossbow making is one of the five endangered crafts in the provincial "
                    "preservation scheme.",
                ),
            ],
        },
    },
    {
        "key": "pottery-search",
        "slug": {"vi": "di-tim-nghe-gom", "en": "looking-for-the-potters"},
        "image": "craft-pottery",
        "days_ago": 410,
        "author": "Nguyễn Hà My",
        "topics": {"vi": ["gốm"], "en": ["pottery"]},
        "vi": {
            "title": "Đi tìm nghề gốm",
            "introduction": (
                "Gốm nằm trong năm nghề cần giữ bí quyết, nhưng tư liệu về gốm ở các làng "
                "vùng Kon Tum rất ít. Chúng tôi bắt đầu đi tìm."
            ),
            "body": [
                ("h2", "Những gì chúng tôi biết"),
                (
                    "p",
                    "Ở Tây Nguyên, làng gốm thủ công được ghi chép nhiều nhất là Yang Tao của "
                    "người M'nông ở Đắk Lắk: nặn tay, không dùng bàn xoay, nung lộ thiên. Đó "
                    "không phải là gốm của vùng Kon Tum, và chúng tôi không muốn đoán thay.",
                ),
                ("h2", "Những gì chúng tôi chưa biết"),
                (
                    "p",
                    "Làng nào ở vùng Kon Tum từng làm gốm, ai còn nhớ cách làm, đất lấy ở "
                    "đâu: chúng tôi sẽ ghi chép cùng người làng. Nếu bạn biết, xin hãy liên "
                    "hệ.",
                ),
            ],
        },
        "en": {
            "title": "Looking for the potters",
            "introduction": (
                "Pottery is one of the five crafts whose know-how must be saved, yet there "
                "is very little written about pottery in the Kon Tum villages. We have "
                "started looking."
            ),
            "body": [
                ("h2", "What we know"),
                (
                    "p",
                    "In the Central Highlands the best-recorded hand-pottery village is the "
                    "M'nông village of Yang Tao in Đắk Lắk: built by hand without a wheel, "
                    "fired in the open. That is not Kon Tum pottery, and we will not guess.",
                ),
                ("h2", "What we do not know yet"),
                (
                    "p",
                    "Which Kon Tum villages made pots, who still remembers how, where the clay "
                    "came from: we will record it with the villagers. If you know, please get "
                    "in touch.",
                ),
            ],
        },
    },
]


# ------------------------------------------------------------------------------------------
# Events. "when" is relative to the first seed:
#   ("last", month, day) / ("next", month, day): the latest date before today, or the first
#       after today, with that month and day (festivals keep their season);
#   ("in", days): today plus (or minus) days.
# plus "start" (hour, minute), "days" (how many days it lasts) and "end" (hour, minute).

EVENTS = [
    {
        "key": "new-rice-vi-ro-ngheo",
        "slug": {"vi": "le-mung-lua-moi-vi-ro-ngheo", "en": "new-rice-festival-vi-ro-ngheo"},
        "image": "land-vi-ro-ngheo",
        "kind": "festival",
        "when": ("last", 10, 28),
        "start": (8, 0),
        "days": 2,
        "end": (16, 0),
        "village": "vi-ro-ngheo",
        "vi": {
            "title": "Lễ mừng lúa mới ở Vi Rơ Ngheo",
            "introduction": (
                "Làng Xơ Đăng mừng vụ lúa mới sau thu hoạch, với chiêng, rượu cần và bữa cơm "
                "chung của cả làng."
            ),
            "place_name": "",
            "organiser": "Làng Vi Rơ Ngheo",
            "body": [
                ("h2", "Ngày hội của làng"),
                (
                    "p",
                    "Lễ mừng lúa mới là lễ của dân làng. Khách đến theo lời mời của làng qua "
                    "người liên hệ du lịch cộng đồng, và hỏi trước khi chụp ảnh nghi lễ.",
                ),
            ],
        },
        "en": {
            "title": "New-rice festival at Vi Rơ Ngheo",
            "introduction": (
                "The Xơ Đăng village celebrates the new harvest with gongs, rice wine and a "
                "meal shared by the whole village."
            ),
            "place_name": "",
            "organiser": "Vi Rơ Ngheo village",
            "body": [
                ("h2", "The village's day"),
                (
                    "p",
                    "The new-rice festival belongs to the villagers. Visitors come at the "
                    "village's invitation through its community tourism contact, and ask "
                    "before photographing ceremonies.",
                ),
            ],
        },
    },
    {
        "key": "water-trough-kon-pring",
        "slug": {"vi": "le-mang-nuoc-kon-pring", "en": "water-trough-festival-kon-pring"},
        "image": "land-kon-pring",
        "kind": "festival",
        "when": ("next", 4, 15),
        "start": (7, 0),
        "days": 1,
        "end": (12, 0),
        "village": "kon-pring",
        "vi": {
            "title": "Lễ máng nước ở Kon Pring",
            "introduction": (
                "Lễ bắc máng nước của người Xơ Đăng, thường vào khoảng cuối tháng Ba âm lịch; "
                "ngày cụ thể do già làng quyết định."
            ),
            "place_name": "Máng nước đầu làng Kon Pring",
            "organiser": "Làng Kon Pring",
            "body": [
                ("h2", "Nguồn nước của làng"),
                (
                    "p",
                    "Người làng làm lại máng nước, cảm ơn nguồn nước đã nuôi làng một năm. Ngày "
                    "đăng ở đây là dự kiến; hãy liên hệ làng trước khi đến.",
                ),
            ],
        },
        "en": {
            "title": "Water-trough festival at Kon Pring",
            "introduction": (
                "The Xơ Đăng water-trough festival, usually towards the end of the third "
                "lunar month; the elders fix the exact day."
            ),
            "place_name": "The water trough at the edge of Kon Pring",
            "organiser": "Kon Pring village",
            "body": [
                ("h2", "The village's water"),
                (
                    "p",
                    "Villagers renew the water trough and give thanks for the water that fed "
                    "the village for a year. The date shown is provisional; contact the "
                    "village before you come.",
                ),
            ],
        },
    },
    {
        "key": "mang-den-fair",
        "slug": {
            "vi": "ngay-hoi-chieng-va-tho-cam-mang-den",
            "en": "mang-den-gong-and-brocade-fair",
        },
        "image": "obj-gong",
        "kind": "fair",
        "when": ("in", 24),
        "start": (8, 0),
        "days": 3,
        "end": (21, 0),
        "village": None,
        "vi": {
            "title": "Ngày hội chiêng và thổ cẩm Măng Đen",
            "introduction": (
                "Ba ngày chiêng, xoang và phiên chợ thổ cẩm, đan lát của các tổ nghề, có trình "
                "diễn thổ cẩm cách tân."
            ),
            "place_name": "Trung tâm xã Măng Đen",
            "organiser": "Làng Nghề cùng các tổ nghề Măng Đen",
            "body": [
                ("h2", "Chương trình"),
                (
                    "p",
                    "Sáng: phiên chợ của các tổ dệt, tổ đan. Chiều: nghệ nhân trình diễn dệt, "
                    "đan, làm nhạc cụ. Tối: chiêng và xoang của các làng.",
                ),
            ],
        },
        "en": {
            "title": "Măng Đen gong and brocade fair",
            "introduction": (
                "Three days of gongs, dancing and a market of brocade and basketry from the "
                "craft groups, with a modernised-brocade show."
            ),
            "place_name": "Măng Đen commune centre",
            "organiser": "Làng Nghề with the Măng Đen craft groups",
            "body": [
                ("h2", "Programme"),
                (
                    "p",
                    "Mornings: the weaving and basketry groups' market. Afternoons: artisans "
                    "show weaving, basketry and instrument making. Evenings: gongs and dances "
                    "of the villages.",
                ),
            ],
        },
    },
    {
        "key": "class-weaving-dak-rang",
        "slug": {"vi": "lop-det-tho-cam-dak-rang", "en": "brocade-class-dak-rang"},
        "image": "craft-brocade",
        "kind": "class",
        "when": ("in", -75),
        "start": (7, 30),
        "days": 12,
        "end": (11, 30),
        "village": "dak-rang",
        "teacher": "y-bup",
        "craft": "brocade",
        "seats": 10,
        "registration_open": False,
        "vi": {
            "title": "Lớp dệt thổ cẩm ở Đăk Răng",
            "introduction": "Mười hai buổi sáng bên khung dệt cùng nghệ nhân Y Bưp.",
            "place_name": "Nhà rông làng Đăk Răng",
            "organiser": "Tổ dệt Đăk Răng",
            "body": [
                ("h2", "Nội dung"),
                (
                    "p",
                    "Căng sợi trên khung dệt đeo lưng, dệt sọc trơn, rồi cài những hoa văn đầu "
                    "tiên: hình thoi và răng cưa.",
                ),
            ],
        },
        "en": {
            "title": "Brocade class in Đăk Răng",
            "introduction": "Twelve mornings at the loom with the artisan Y Bưp.",
            "place_name": "Đăk Răng rong house",
            "organiser": "Đăk Răng weaving group",
            "body": [
                ("h2", "What you learn"),
                (
                    "p",
                    "Setting up the backstrap loom, weaving plain stripes, then picking up the "
                    "first motifs: the diamond and the zigzag.",
                ),
            ],
        },
    },
    {
        "key": "class-basketry-kon-ko-tu",
        "slug": {"vi": "lop-dan-gui-kon-ko-tu", "en": "basketry-class-kon-ko-tu"},
        "image": "obj-gui",
        "kind": "class",
        "when": ("in", 18),
        "start": (14, 0),
        "days": 5,
        "end": (17, 0),
        "village": "kon-ko-tu",
        "teacher": "a-broh",
        "craft": "basketry",
        "seats": 6,
        "registration_open": True,
        "vi": {
            "title": "Lớp đan gùi ở Kon Kơ Tu",
            "introduction": (
                "Năm buổi chiều học chẻ nan và đan chiếc gùi nhỏ đầu tiên với thợ đan A Brơh. "
                "Lớp nhỏ, chỉ sáu chỗ."
            ),
            "place_name": "Sân nhà rông Kon Kơ Tu",
            "organiser": "Làng Kon Kơ Tu",
            "body": [
                ("h2", "Nội dung"),
                (
                    "p",
                    "Chọn lồ ô, chẻ và vót nan, đan đáy, dựng thân gùi và viền miệng bằng mây. "
                    "Dành cho các em từ 12 đến 25 tuổi trong làng và các làng lân cận.",
                ),
            ],
        },
        "en": {
            "title": "Basketry class in Kon Kơ Tu",
            "introduction": (
                "Five afternoons splitting strips and weaving a first small gùi with the "
                "basket maker A Brơh. A small class of six."
            ),
            "place_name": "Kon Kơ Tu rong-house yard",
            "organiser": "Kon Kơ Tu village",
            "body": [
                ("h2", "What you learn"),
                (
                    "p",
                    "Choosing lồ ô, splitting and shaving strips, weaving the base, raising "
                    "the body and binding the rim with rattan. For young people aged 12 to 25 "
                    "from the village and nearby villages.",
                ),
            ],
        },
    },
    {
        "key": "class-smithing-dak-ui",
        "slug": {"vi": "lop-ren-dak-ui", "en": "smithing-class-dak-ui"},
        "image": "craft-blacksmithing",
        "kind": "class",
        "when": ("in", 40),
        "start": (7, 0),
        "days": 7,
        "end": (11, 0),
        "village": "dak-ui",
        "teacher": "a-drong",
        "craft": "blacksmithing",
        "seats": 8,
        "registration_open": True,
        "vi": {
            "title": "Lớp rèn ở Đăk Ui",
            "introduction": (
                "Bảy buổi sáng ở lò rèn ống bễ của nghệ nhân A Đrong: kéo bễ, giữ phôi, quai búa."
            ),
            "place_name": "Lò rèn nhà A Đrong",
            "organiser": "Làng Nghề cùng xã Đăk Ui",
            "body": [
                ("h2", "Nội dung"),
                (
                    "p",
                    "Làm bễ, nhóm lò, rèn một con dao nhỏ từ thép cũ. Có đồ bảo hộ; dành cho "
                    "học viên từ 16 tuổi.",
                ),
            ],
        },
        "en": {
            "title": "Smithing class in Đăk Ui",
            "introduction": (
                "Seven mornings at A Đrong's bellows forge: working the bellows, holding the "
                "iron, swinging the hammer."
            ),
            "place_name": "A Đrong's forge",
            "organiser": "Làng Nghề with Đăk Ui commune",
            "body": [
                ("h2", "What you learn"),
                (
                    "p",
                    "Building the bellows, lighting the forge, forging a small knife from old "
                    "steel. Protective gear provided; for learners aged 16 and over.",
                ),
            ],
        },
    },
    {
        "key": "class-trung-dak-rang",
        "slug": {"vi": "lop-lam-dan-trung-dak-rang", "en": "trung-making-class-dak-rang"},
        "image": "craft-instruments",
        "kind": "class",
        "when": ("in", 65),
        "start": (14, 0),
        "days": 6,
        "end": (17, 0),
        "village": "dak-rang",
        "teacher": "a-bloong",
        "craft": "instruments",
        "seats": 8,
        "registration_open": True,
        "vi": {
            "title": "Lớp làm đàn t'rưng ở Đăk Răng",
            "introduction": "Sáu buổi chiều chọn ống, gọt ống và nghe tiếng cùng A Bloong.",
            "place_name": "Nhà rông làng Đăk Răng",
            "organiser": "Đội chiêng Đăk Răng",
            "body": [
                ("h2", "Nội dung"),
                (
                    "p",
                    "Nghe và phân biệt các cao độ, chọn ống nứa, gọt từng ống cho đúng tiếng, "
                    "kết ống thành đàn.",
                ),
            ],
        },
        "en": {
            "title": "T'rưng making class in Đăk Răng",
            "introduction": "Six afternoons choosing, shaving and tuning bamboo with A Bloong.",
            "place_name": "Đăk Răng rong house",
            "organiser": "Đăk Răng gong team",
            "body": [
                ("h2", "What you learn"),
                (
                    "p",
                    "Hearing and telling pitches apart, choosing bamboo, shaving each tube to "
                    "its note and stringing the tubes into an instrument.",
                ),
            ],
        },
    },
    {
        "key": "class-crossbow-vi-ro-ngheo",
        "slug": {"vi": "lop-lam-no-vi-ro-ngheo", "en": "crossbow-class-vi-ro-ngheo"},
        "image": "craft-crossbow",
        "kind": "class",
        "when": ("in", -160),
        "start": (8, 0),
        "days": 5,
        "end": (11, 0),
        "village": "vi-ro-ngheo",
        "teacher": "a-vong",
        "craft": "crossbows",
        "seats": 6,
        "registration_open": False,
        "vi": {
            "title": "Lớp làm nỏ ở Vi Rơ Ngheo",
            "introduction": "Năm buổi sáng làm cây nỏ đầu tiên cùng A Vơng.",
            "place_name": "Nhà A Vơng",
            "organiser": "Làng Vi Rơ Ngheo",
            "body": [
                ("h2", "Nội dung"),
                (
                    "p",
                    "Chọn gỗ, vót cánh nỏ cho đều, làm lẫy và dây nỏ, vót tên tre, bắn thử ở "
                    "bãi tập của làng.",
                ),
            ],
        },
        "en": {
            "title": "Crossbow class in Vi Rơ Ngheo",
            "introduction": "Five mornings making a first crossbow with A Vơng.",
            "place_name": "A Vơng's house",
            "organiser": "Vi Rơ Ngheo village",
            "body": [
                ("h2", "What you learn"),
                (
                    "p",
                    "Choosing the wood, shaving the bow evenly, making the trigger and string, "
                    "shaving bamboo arrows, and trying them on the village range.",
                ),
            ],
        },
    },
]

# Learners (FICTIONAL names and phone numbers): (name, phone, age, village, status, completed).
REGISTRATIONS = {
    "class-basketry-kon-ko-tu": [
        ("A Thiêng", "0900000301", 14, "Kon Kơ Tu", "confirmed", False),
        ("A Blui", "0900000302", 15, "Kon Kơ Tu", "confirmed", False),
        ("Y Khoen", "0900000303", 13, "Kon Kơ Tu", "confirmed", False),
        ("A Pret", "0900000304", 17, "Kon Klor", "confirmed", False),
        ("A Hnơk", "0900000305", 16, "Kon Kơ Tu", "confirmed", False),
        ("Y Blang", "0900000306", 19, "Kon Kơ Tu", "confirmed", False),
        ("A Drơi", "0900000307", 12, "Kon Klor", "waiting", False),
        ("Y Muih", "0900000308", 15, "Kon Kơ Tu", "waiting", False),
    ],
    "class-smithing-dak-ui": [
        ("A Rơn", "0900000311", 18, "Đăk Ui", "confirmed", False),
        ("A Kroi", "0900000312", 21, "Đăk Ui", "confirmed", False),
        ("Y Lăk", "0900000313", 17, "Ngọk Réo", "confirmed", False),
    ],
    "class-weaving-dak-rang": [
        ("Y Hoa", "0900000321", 13, "Đăk Răng", "confirmed", True),
        ("Y Nga", "0900000322", 14, "Đăk Răng", "confirmed", True),
        ("Y Phương", "0900000323", 15, "Đăk Răng", "confirmed", True),
        ("Y Liên", "0900000324", 12, "Đăk Răng", "confirmed", True),
        ("Y Thảo", "0900000325", 16, "Đăk Răng", "confirmed", True),
        ("Y Mơ", "0900000326", 14, "Đăk Răng", "confirmed", True),
        ("Y Hiền", "0900000327", 17, "Đăk Răng", "confirmed", False),
        ("Y Duyên", "0900000328", 13, "Đăk Răng", "confirmed", False),
    ],
    "class-crossbow-vi-ro-ngheo": [
        ("A Khiêm", "0900000331", 17, "Vi Rơ Ngheo", "confirmed", True),
        ("A Tuyên", "0900000332", 19, "Vi Rơ Ngheo", "confirmed", True),
        ("A Hrăm", "0900000333", 16, "Vi Rơ Ngheo", "confirmed", True),
        ("A Bơk", "0900000334", 22, "Vi Rơ Ngheo", "confirmed", False),
        ("A Chơn", "0900000335", 18, "Vi Rơ Ngheo", "confirmed", True),
    ],
}
