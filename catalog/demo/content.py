"""Demo texts for the catalog app (materials, motifs, product photos, cooperatives and
products), in Vietnamese and English, as plain data.

Crafts, peoples, villages and artisans are the keys of stories/demo/content.py. Every
cooperative, contact person, phone number, e-mail address, bank account, OCOP certificate
number and price is FICTIONAL and only illustrative; the artisans are the fictional personas
of the stories demo. Motif meanings are given as they are commonly explained, never as
settled fact.

No pottery is listed: the stories demo says we found too little about pottery in the Kon Tum
villages to present any as theirs.

OCOP certificates are valid for 36 months; ``expires_in_days`` counts from the day the demo is
seeded (negative: already expired, so no badge). The issue dates in the certificate texts match
a seed at the end of November 2026. Certificates issued before 1 July 2025 name the People's
Committee of Kon Tum province, later ones that of the merged Quảng Ngãi province.
"""


def p(*paragraphs):
    """Rich text from plain paragraphs."""
    return "".join(f"<p>{text}</p>" for text in paragraphs)


def ocop(stars, number, issued, province, expires_in_days):
    """An OCOP certificate: a decision of the provincial People's Committee."""
    return {
        "stars": stars,
        "certificate": f"số {number}/QĐ-UBND ngày {issued} của UBND tỉnh {province}",
        "expires_in_days": expires_in_days,
    }


MATERIALS = [
    {"key": "cotton", "vi": "Sợi bông", "en": "Cotton yarn"},
    {"key": "indigo", "vi": "Chàm tự nhiên", "en": "Natural indigo"},
    {"key": "forest-dyes", "vi": "Màu nhuộm từ vỏ cây, lá, rễ", "en": "Bark, leaf and root dyes"},
    {"key": "bamboo", "vi": "Tre, lồ ô", "en": "Bamboo (lồ ô)"},
    {"key": "rattan", "vi": "Mây", "en": "Rattan"},
    {"key": "wood", "vi": "Gỗ", "en": "Wood"},
    {"key": "iron", "vi": "Sắt, thép", "en": "Iron and steel"},
    {"key": "bronze", "vi": "Đồng", "en": "Bronze"},
    {"key": "rice", "vi": "Gạo", "en": "Rice"},
    {"key": "leaf-yeast", "vi": "Men lá rừng", "en": "Forest-leaf yeast"},
]

MOTIFS = [
    {
        "key": "rhombus",
        "vi": {
            "name": "Hình thoi",
            "meaning": (
                "Mẫu phổ biến nhất trên thổ cẩm; nhiều người dệt gọi đó là con mắt hoặc mặt "
                "trời, cách hiểu khác nhau giữa các dân tộc và từng làng."
            ),
        },
        "en": {
            "name": "Diamond",
            "meaning": (
                "The most common brocade motif; many weavers call it an eye or the sun, and "
                "readings differ between peoples and villages."
            ),
        },
    },
    {
        "key": "zigzag",
        "vi": {
            "name": "Răng cưa",
            "meaning": (
                "Đường gấp khúc thường được giải thích là dáng núi đồi hoặc dòng suối quanh làng."
            ),
        },
        "en": {
            "name": "Zigzag",
            "meaning": (
                "The zigzag line is often explained as the hills or the stream around the village."
            ),
        },
    },
    {
        "key": "sun",
        "vi": {
            "name": "Mặt trời",
            "meaning": (
                "Hình tròn hoặc ngôi sao nhiều cánh ở giữa tấm vải, thường được kể là mặt trời "
                "sưởi ấm nương rẫy."
            ),
        },
        "en": {
            "name": "Sun",
            "meaning": (
                "A round or many-pointed star at the centre of the cloth, often described as "
                "the sun that warms the fields."
            ),
        },
    },
    {
        "key": "rice-grain",
        "vi": {
            "name": "Hạt lúa",
            "meaning": (
                "Những chấm, những hình thoi nhỏ xếp thành hàng, được nhiều người dệt giải "
                "thích là hạt lúa, lời mong một mùa no đủ."
            ),
        },
        "en": {
            "name": "Rice grain",
            "meaning": (
                "Rows of dots and tiny diamonds that many weavers read as grains of rice, a "
                "wish for a good harvest."
            ),
        },
    },
    {
        "key": "human-figure",
        "vi": {
            "name": "Hình người",
            "meaning": (
                "Hình người nắm tay nhau thành hàng, thường được kể là vòng xoang trong ngày "
                "hội của làng."
            ),
        },
        "en": {
            "name": "Human figures",
            "meaning": (
                "Rows of figures holding hands, often described as the xoang dance circle at "
                "a village festival."
            ),
        },
    },
    {
        "key": "gong",
        "vi": {
            "name": "Vòng chiêng",
            "meaning": (
                "Những vòng tròn lồng nhau gợi mặt chiêng, nhạc cụ của mọi lễ hội ở Tây Nguyên."
            ),
        },
        "en": {
            "name": "Gong rings",
            "meaning": (
                "Nested circles that recall the face of a gong, the instrument of every "
                "Central Highlands festival."
            ),
        },
    },
    {
        "key": "herringbone",
        "vi": {
            "name": "Lóng đôi (xương cá)",
            "meaning": (
                "Kiểu đan nan đè hai, lách hai tạo vân xương cá; xen nan nhuộm sẫm thì thành "
                "những dải chữ chi trên thân gùi."
            ),
        },
        "en": {
            "name": "Twill (herringbone)",
            "meaning": (
                "Strips plaited over two, under two, which gives a herringbone grain; dyed "
                "strips turn it into zigzag bands on a basket."
            ),
        },
    },
]

# Generated pictures of the products: key -> how to draw it, a title (unique, also against
# the stories demo: images are found again by title), and alt texts that describe what the
# generated picture shows.
STUDIO = "trên nền sáng"
STUDIO_EN = "on a plain light background"
LANDSCAPE_ALT = (
    "Tranh minh hoạ: đồi núi mờ sương lúc bình minh, nhà rông mái cao và mấy nhà sàn nhỏ, "
    "dòng sông uốn quanh"
)
LANDSCAPE_ALT_EN = (
    "Illustration: misty hills at dawn, a tall rong house and small stilt houses, a winding river"
)

PRODUCT_IMAGES = {
    "scarf-black": {
        "render": ("object", "scarf", 11),
        "title": "Khăn thổ cẩm nền đen (ảnh sản phẩm)",
        "alt": (
            f"Chồng khăn thổ cẩm gấp gọn {STUDIO}: nền đen, các dải hình thoi, răng cưa màu "
            "đỏ, vàng và trắng"
        ),
        "alt_en": (
            f"A stack of folded brocade cloths {STUDIO_EN}: black ground, bands of diamonds "
            "and zigzags in red, yellow and white"
        ),
    },
    "scarf-red-black": {
        "render": ("object", "scarf", 12),
        "title": "Khăn thổ cẩm đỏ đen (ảnh sản phẩm)",
        "alt": (
            f"Chồng khăn thổ cẩm gấp gọn {STUDIO}, các dải hoa văn đỏ và đen xen hình thoi trắng"
        ),
        "alt_en": (
            f"A stack of folded brocade cloths {STUDIO_EN}, red and black bands with white diamonds"
        ),
    },
    "scarf-indigo": {
        "render": ("object", "scarf", 13),
        "title": "Khăn thổ cẩm nền chàm (ảnh sản phẩm)",
        "alt": f"Chồng khăn thổ cẩm gấp gọn {STUDIO}: nền xanh chàm sẫm, những sọc đỏ và cam",
        "alt_en": (
            f"A stack of folded brocade cloths {STUDIO_EN}: deep indigo ground with red and "
            "orange stripes"
        ),
    },
    "scarf-red": {
        "render": ("object", "scarf", 16),
        "title": "Khăn thổ cẩm nền đỏ (ảnh sản phẩm)",
        "alt": (
            f"Chồng khăn thổ cẩm gấp gọn {STUDIO}: nền đỏ cam, hàng hình thoi trắng, mép trên "
            "màu đen"
        ),
        "alt_en": (
            f"A stack of folded brocade cloths {STUDIO_EN}: orange-red ground, rows of white "
            "diamonds, a black top band"
        ),
    },
    "brocade-diamonds": {
        "render": ("brocade", 51),
        "title": "Cận cảnh thổ cẩm: dải hình thoi",
        "alt": (
            "Cận cảnh vải thổ cẩm: dải hình thoi vàng viền trắng trên nền xanh đen, xen các "
            "dải đỏ có hình thoi nhỏ"
        ),
        "alt_en": (
            "Close-up of brocade: a band of yellow diamonds outlined in white on navy, "
            "between red bands of small diamonds"
        ),
    },
    "brocade-zigzag": {
        "render": ("brocade", 52),
        "title": "Cận cảnh thổ cẩm: răng cưa xanh vàng",
        "alt": (
            "Cận cảnh vải thổ cẩm nền đen đỏ: hàng hoa nhỏ màu kem và dải răng cưa xanh lục, "
            "vàng, trắng"
        ),
        "alt_en": (
            "Close-up of black and red brocade: a row of small cream flowers and a zigzag "
            "band in green, yellow and white"
        ),
    },
    "brocade-stars": {
        "render": ("brocade", 53),
        "title": "Cận cảnh thổ cẩm: hình sao và răng cưa",
        "alt": (
            "Cận cảnh vải thổ cẩm: hàng hình sao vàng trắng trên dải đỏ, bên dưới là răng "
            "cưa lớn đỏ và trắng"
        ),
        "alt_en": (
            "Close-up of brocade: a row of yellow and white stars on a red band, above large "
            "red and white zigzags"
        ),
    },
    "brocade-red-band": {
        "render": ("brocade", 54),
        "title": "Cận cảnh thổ cẩm: chuỗi hình thoi đỏ",
        "alt": (
            "Cận cảnh vải thổ cẩm: chuỗi hình thoi trắng, vàng trên dải đỏ cam, xen những "
            "sọc xanh đen rộng"
        ),
        "alt_en": (
            "Close-up of brocade: chains of white and yellow diamonds on orange-red bands, "
            "between wide navy stripes"
        ),
    },
    "brocade-navy-zigzag": {
        "render": ("brocade", 55),
        "title": "Cận cảnh thổ cẩm: nền xanh đen",
        "alt": (
            "Cận cảnh vải thổ cẩm nền xanh đen: dải răng cưa xanh lục viền vàng trên hàng "
            "tam giác trắng"
        ),
        "alt_en": (
            "Close-up of navy brocade: a green zigzag edged in yellow above a row of white "
            "triangles"
        ),
    },
    "basket-dark-zigzag": {
        "render": ("basket_weave", 61),
        "title": "Mặt đan lóng đôi, dải nan sẫm",
        "alt": (
            "Cận cảnh mặt đan nan tre kiểu xương cá, những dải nan nhuộm sẫm chạy thành hình "
            "chữ chi"
        ),
        "alt_en": (
            "Close-up of herringbone-plaited bamboo strips, with dark-dyed strips running in "
            "zigzags"
        ),
    },
    "basket-dark-steps": {
        "render": ("basket_weave", 62),
        "title": "Mặt đan nan tre, bậc nan sẫm",
        "alt": "Cận cảnh mặt đan nan tre màu vàng rơm, nan nhuộm sẫm tạo những bậc chéo",
        "alt_en": "Close-up of straw-coloured plaited bamboo, dark strips forming diagonal steps",
    },
    "basket-red-diagonal": {
        "render": ("basket_weave", 64),
        "title": "Mặt đan nan tre, đường nan đỏ",
        "alt": ("Cận cảnh mặt đan nan tre sít, điểm những nan nhuộm đỏ xếp thành các đường chéo"),
        "alt_en": (
            "Close-up of tightly plaited bamboo dotted with red-dyed strips in diagonal lines"
        ),
    },
    "basket-red-herringbone": {
        "render": ("basket_weave", 65),
        "title": "Mặt đan xương cá, nan đỏ xen kẽ",
        "alt": "Cận cảnh mặt đan nan tre kiểu xương cá, xen những nan nhuộm đỏ sẫm",
        "alt_en": "Close-up of herringbone-plaited bamboo with dark red strips in between",
    },
    "gui-red-band": {
        "render": ("object", "gui", 11),
        "title": "Gùi nan tre, dải hình thoi đỏ (ảnh sản phẩm)",
        "alt": (
            f"Chiếc gùi đan nan tre miệng loe, đáy gỗ {STUDIO}, dưới miệng có dải hình thoi "
            "đỏ và những vòng nan sẫm"
        ),
        "alt_en": (
            f"A flared bamboo back-basket on a wooden foot {STUDIO_EN}, a band of red "
            "diamonds under the rim and dark rings"
        ),
    },
    "gui-white-diamonds": {
        "render": ("object", "gui", 12),
        "title": "Gùi nan tre, dải hình thoi trắng (ảnh sản phẩm)",
        "alt": (
            f"Chiếc gùi đan nan tre miệng loe, đáy gỗ {STUDIO}, dải nan sẫm có hình thoi "
            "trắng dưới miệng"
        ),
        "alt_en": (
            f"A flared bamboo back-basket on a wooden foot {STUDIO_EN}, a dark band of white "
            "diamonds under the rim"
        ),
    },
    "gui-white-diamonds-2": {
        "render": ("object", "gui", 15),
        "title": "Gùi nan tre trên nền xám (ảnh sản phẩm)",
        "alt": (
            "Chiếc gùi đan nan tre miệng loe trên nền xám nhạt, dải hình thoi trắng trên nền "
            "sẫm và hai vòng nan đen"
        ),
        "alt_en": (
            "A flared bamboo back-basket on a pale grey background, white diamonds on a dark "
            "band and two black rings"
        ),
    },
    "jar-straws": {
        "render": ("object", "jar", 11),
        "title": "Ché rượu cần cắm cần tre (ảnh sản phẩm)",
        "alt": (f"Ché sành men nâu có hai quai nhỏ {STUDIO}, miệng ché cắm mấy cần hút bằng tre"),
        "alt_en": (
            f"A brown-glazed jar with two small lugs {STUDIO_EN}, bamboo straws in its mouth"
        ),
    },
    "jar-straws-2": {
        "render": ("object", "jar", 12),
        "title": "Ché rượu cần trên nền xanh nhạt (ảnh sản phẩm)",
        "alt": (
            "Ché sành nâu sẫm trên nền xanh nhạt, vai ché có đường khắc lượn sóng, cần tre "
            "cong vươn ra từ miệng ché"
        ),
        "alt_en": (
            "A dark brown jar on a pale green background, a wavy incised line on the "
            "shoulder, bamboo straws curving from its mouth"
        ),
    },
    "gong-beater": {
        "render": ("object", "gong", 11),
        "title": "Chiêng núm và dùi gõ (ảnh sản phẩm)",
        "alt": f"Chiếc chiêng đồng có núm treo trên giá {STUDIO}, dùi gõ đặt bên dưới",
        "alt_en": f"A bronze bossed gong hanging from a bar {STUDIO_EN}, its beater below",
    },
    "gong-beater-2": {
        "render": ("object", "gong", 12),
        "title": "Chiêng đồng trên nền be (ảnh sản phẩm)",
        "alt": "Chiêng đồng có núm, nhiều vòng tròn đồng tâm, treo trên nền be; dùi gõ đầu đỏ",
        "alt_en": (
            "A bronze bossed gong with concentric rings hanging against beige; a red-headed beater"
        ),
    },
    "statue-dark": {
        "render": ("object", "statue", 11),
        "title": "Tượng gỗ nâu sẫm (ảnh sản phẩm)",
        "alt": (
            f"Tượng gỗ nâu sẫm tạc từ một khúc gỗ {STUDIO}: hình người đứng, hai tay đặt trên "
            "bụng, còn rõ vết đẽo"
        ),
        "alt_en": (
            f"A dark brown figure carved from one log {STUDIO_EN}: hands on the belly, tool "
            "marks visible"
        ),
    },
    "statue-brown": {
        "render": ("object", "statue", 12),
        "title": "Tượng gỗ nâu đỏ (ảnh sản phẩm)",
        "alt": (
            f"Tượng gỗ màu nâu đỏ {STUDIO}: hình người đứng trên cột gỗ, hai tay khoanh trước bụng"
        ),
        "alt_en": (
            f"A reddish-brown wooden figure {STUDIO_EN}: standing on a post, arms folded in front"
        ),
    },
    "statue-grey": {
        "render": ("object", "statue", 13),
        "title": "Tượng gỗ bạc màu (ảnh sản phẩm)",
        "alt": (
            f"Tượng gỗ màu nâu xám như gỗ đã phơi mưa nắng {STUDIO}, hình người đứng, hai tay "
            "đặt trên bụng"
        ),
        "alt_en": (
            f"A weathered grey-brown wooden figure {STUDIO_EN}, standing with hands on the belly"
        ),
    },
    "knife-machete": {
        "render": ("object", "knife", 11),
        "title": "Dao rèn lưỡi cong (ảnh sản phẩm)",
        "alt": f"Con dao rèn lưỡi thép cong, cán gỗ dài quấn đai mây {STUDIO}",
        "alt_en": f"A forged knife with a curved steel blade and a long bound wooden handle "
        f"{STUDIO_EN}",
    },
    "knife-machete-2": {
        "render": ("object", "knife", 12),
        "title": "Dao rèn trên nền be (ảnh sản phẩm)",
        "alt": "Con dao rèn lưỡi rộng, mũi cong, cán gỗ quấn đai, đặt nằm trên nền be",
        "alt_en": "A forged knife with a broad, curved-tip blade and a bound wooden handle, "
        "lying on beige",
    },
    "crossbow": {
        "render": ("object", "crossbow", 11),
        "title": "Nỏ gỗ (ảnh sản phẩm)",
        "alt": f"Chiếc nỏ thân gỗ, cánh cung cong, dây căng và mũi tên đặt sẵn {STUDIO}",
        "alt_en": f"A crossbow with a wooden stock, a curved bow, a taut string and an arrow "
        f"{STUDIO_EN}",
    },
    "crossbow-2": {
        "render": ("object", "crossbow", 12),
        "title": "Nỏ gỗ trên nền xanh xám (ảnh sản phẩm)",
        "alt": "Chiếc nỏ thân gỗ nâu, cánh cung màu vàng rơm quấn dây, trên nền xanh xám",
        "alt_en": "A crossbow with a brown wooden stock and a straw-coloured bound bow, on "
        "blue-grey",
    },
    "canoe-paddle": {
        "render": ("object", "canoe", 11),
        "title": "Thuyền độc mộc và mái chèo (ảnh sản phẩm)",
        "alt": f"Thuyền gỗ khoét từ một thân cây {STUDIO}, phía trước là một mái chèo",
        "alt_en": f"A boat hollowed from one trunk {STUDIO_EN}, a paddle in front of it",
    },
    "trung": {
        "render": ("object", "instrument", 11),
        "title": "Đàn t'rưng ống tre (ảnh sản phẩm)",
        "alt": (
            f"Đàn t'rưng {STUDIO}: các ống tre xếp từ dài đến ngắn, kết trên hai sợi dây, "
            "treo lên một sợi dây"
        ),
        "alt_en": (
            f"A t'rưng {STUDIO_EN}: bamboo tubes from long to short strung on two cords, "
            "hanging from a cord"
        ),
    },
    "trung-2": {
        "render": ("object", "instrument", 12),
        "title": "Đàn t'rưng trên nền be (ảnh sản phẩm)",
        "alt": "Đàn t'rưng mười mấy ống tre vàng, ống dài ở dưới, ống ngắn ở trên, trên nền be",
        "alt_en": "A t'rưng of a dozen golden bamboo tubes, long at the bottom, short at the "
        "top, on beige",
    },
    "land-dawn": {
        "render": ("landscape", 71),
        "title": "Làng bên sông lúc bình minh (ảnh cửa hàng)",
        "alt": LANDSCAPE_ALT,
        "alt_en": LANDSCAPE_ALT_EN,
    },
    "land-dawn-2": {
        "render": ("landscape", 72),
        "title": "Nhà rông và rặng cau lúc bình minh (ảnh cửa hàng)",
        "alt": LANDSCAPE_ALT.replace("mấy nhà sàn nhỏ", "mấy nhà sàn nhỏ giữa hàng cau"),
        "alt_en": LANDSCAPE_ALT_EN.replace("stilt houses", "stilt houses among areca palms"),
    },
}

# Texts shared by many products.
BACKSTRAP = {
    "vi": "Dệt tay trên khung dệt đeo lưng",
    "en": "Hand-woven on a backstrap loom",
}
BACKSTRAP_DYED = {
    "vi": "Nhuộm sợi bằng vỏ cây, lá, rễ; dệt trên khung dệt đeo lưng",
    "en": "Yarn dyed with bark, leaves and roots; woven on a backstrap loom",
}
SEWN = {
    "vi": "Vải dệt trên khung dệt đeo lưng, cắt may bằng máy khâu",
    "en": "Cloth woven on a backstrap loom, then cut and machine-sewn",
}
PLAITED = {
    "vi": "Chẻ nan lồ ô, vót mỏng, đan lóng đôi; miệng viền và buộc bằng mây",
    "en": "Lồ ô bamboo split and shaved into strips, twill-plaited; rim bound with rattan",
}
PLAITED_DYED = {
    "vi": "Đan lóng đôi bằng nan lồ ô, xen nan nhuộm sẫm hun khói để tạo hoa văn",
    "en": "Twill-plaited lồ ô strips, with strips dyed and smoke-darkened for the pattern",
}
FORGED = {
    "vi": "Rèn tay trên lò bễ gỗ, tôi nước, mài tay; cán gỗ tra nóng",
    "en": "Hand-forged at a wooden-bellows forge, water-quenched, hand-ground; wooden handle",
}
CARVED = {
    "vi": "Tạc từ một khúc gỗ nguyên bằng rìu, rựa và đục nhỏ; giữ nguyên vết đẽo",
    "en": "Carved from a single log with axe, machete and a small chisel; tool marks kept",
}
BREWED = {
    "vi": "Cơm gạo trộn men lá giã nhỏ, ủ kín trong ché sành từ một tháng trở lên",
    "en": "Cooked rice mixed with crushed leaf yeast, sealed in a stoneware jar a month or more",
}
YEAST = {
    "vi": "Lá, rễ rừng giã nhỏ trộn bột gạo, nặn viên, phơi trên gác bếp",
    "en": "Forest leaves and roots pounded with rice flour, shaped and dried over the hearth",
}
BAMBOO_INSTRUMENT = {
    "vi": "Chọn ống nứa bằng tai, phơi trên gác bếp, gọt chỉnh âm từng ống",
    "en": "Bamboo chosen by ear, dried over the hearth, each tube shaved to pitch",
}

BROCADE_CARE = {
    "vi": (
        "Giặt tay nhẹ trong nước lạnh, không ngâm lâu, không dùng thuốc tẩy; phơi trong bóng "
        "râm. Màu nhuộm tự nhiên có thể ra màu ở vài lần giặt đầu."
    ),
    "en": (
        "Hand-wash gently in cold water; do not soak or bleach; dry in the shade. Natural "
        "dyes may bleed in the first few washes."
    ),
}
BAG_CARE = {
    "vi": "Lau vết bẩn bằng khăn ẩm; nếu cần giặt thì giặt tay nhẹ, phơi trong bóng râm.",
    "en": "Spot-clean with a damp cloth; if needed, hand-wash gently and dry in the shade.",
}
BASKET_CARE = {
    "vi": (
        "Để nơi khô thoáng, tránh mưa và nắng gắt kéo dài; phủi bụi bằng chổi mềm. Nếu bị "
        "ẩm, hong nơi râm mát cho khô hẳn để tránh mốc."
    ),
    "en": (
        "Keep somewhere dry and airy, away from rain and long strong sun; dust with a soft "
        "brush. If it gets damp, dry it fully in the shade to prevent mould."
    ),
}
FOOD_BASKET_CARE = {
    "vi": (
        "Lót lá chuối hoặc giấy nến khi đựng cơm; sau khi dùng lau sạch, hong khô, không ngâm nước."
    ),
    "en": (
        "Line with banana leaf or baking paper for rice; wipe clean and air-dry after use; "
        "never soak."
    ),
}
BLADE_CARE = {
    "vi": (
        "Lưỡi rất sắc: cất trong bao, xa tầm tay trẻ em. Lau khô sau khi dùng, thoa một lớp "
        "dầu ăn mỏng để chống gỉ; không dùng máy rửa bát."
    ),
    "en": (
        "Very sharp: keep sheathed and out of children's reach. Dry after use and wipe with a "
        "thin film of cooking oil against rust; not for the dishwasher."
    ),
}
WOOD_CARE = {
    "vi": (
        "Để trong nhà, tránh nắng chiếu trực tiếp và nơi ẩm; phủi bụi bằng khăn khô. Gỗ có "
        "thể nứt chân chim theo thời tiết, đó là tính chất tự nhiên của gỗ."
    ),
    "en": (
        "Keep indoors, out of direct sun and damp; dust with a dry cloth. Fine cracks may "
        "open with the weather, as is natural for solid wood."
    ),
}
RICE_WINE_CARE = {
    "vi": (
        "Đồ uống có cồn, chỉ bán cho người từ 18 tuổi. Để ché nơi thoáng mát, giữ nguyên "
        "nút lá đến khi dùng; khi uống, đổ nước sạch vào ché, cắm cần, chờ vài phút. Ngon "
        "nhất trong ba tháng."
    ),
    "en": (
        "Alcoholic drink, sold only to people aged 18 and over. Keep the jar somewhere cool "
        "and leave the leaf seal on until use; to drink, fill with clean water, put in the "
        "straws and wait a few minutes. Best within three months."
    ),
}
YEAST_CARE = {
    "vi": "Để nơi khô ráo, đựng kín, tránh ẩm mốc; dùng trong sáu tháng.",
    "en": "Keep dry in a closed container, away from damp; use within six months.",
}
INSTRUMENT_CARE = {
    "vi": (
        "Để nơi khô thoáng, không để sát bếp hay dưới nắng; không để nước đọng trong ống. "
        "Tiếng đàn có thể đổi nhẹ theo độ ẩm."
    ),
    "en": (
        "Keep somewhere dry and airy, away from the stove and the sun; never leave water in "
        "the tubes. The pitch may shift slightly with humidity."
    ),
}
GONG_CARE = {
    "vi": (
        "Treo chiêng bằng dây mềm, đánh bằng dùi bọc vải; lau bằng khăn khô. Không đánh bóng "
        "bằng hoá chất vì có thể làm đổi tiếng chiêng."
    ),
    "en": (
        "Hang the gong on a soft cord and play it with a padded beater; wipe with a dry "
        "cloth. Do not polish with chemicals, which can change its voice."
    ),
}
CROSSBOW_CARE = {
    "vi": (
        "Nỏ để trưng bày và làm quà lưu niệm: giao kèm dây chưa lắp, mũi tên tre không vót "
        "nhọn. Để nơi khô ráo, tránh nắng gắt; tháo dây khi treo lâu ngày."
    ),
    "en": (
        "For display and as a keepsake: delivered with the string unfitted and a blunt bamboo "
        "arrow. Keep dry and out of strong sun; unstring it when hung for long."
    ),
}

COOPERATIVES = [
    {
        "key": "kon-ko-tu-weavers",
        "group_name": "HTX Dệt thổ cẩm Kon Kơ Tu",
        "slug": {"vi": "htx-det-tho-cam-kon-ko-tu", "en": "kon-ko-tu-weaving-cooperative"},
        "legal_name": "Hợp tác xã Dệt thổ cẩm Kon Kơ Tu",
        "kind": "cooperative",
        "founded": 2017,
        "members": 16,
        "women_members": 16,
        "village": "kon-ko-tu",
        "crafts": ["brocade"],
        "contact_name": "Y Blin",
        "phone": "0900 000 301",
        "email": "konkotu@langnghe.example",
        "capacity_per_month": 60,
        "minimum_order": 10,
        "lead_time_days": 30,
        "payout": {
            "bank": "Agribank chi nhánh Kon Tum",
            "account_number": "5100205318467",
            "account_holder": "HTX DET THO CAM KON KO TU",
        },
        "image": "scarf-black",
        "vi": {
            "title": "HTX Dệt thổ cẩm Kon Kơ Tu",
            "introduction": (
                "Mười sáu phụ nữ Ba Na ở làng Kon Kơ Tu bên sông Đăk Bla dệt thổ cẩm trên "
                "khung dệt đeo lưng, mỗi người ba, bốn tấm mỗi tháng. Hợp tác xã nhận khăn, "
                "váy, khăn trải bàn và túi theo đơn, và đón khách đến xem dệt ở nhà sàn của "
                "các thành viên."
            ),
            "certifications": (
                "OCOP 4 sao (2025) cho khăn choàng hoa văn hình thoi; OCOP 3 sao (2023) cho "
                "khăn trải bàn. Chứng nhận OCOP 3 sao (2022) của túi đeo vai đã hết hạn."
            ),
        },
        "en": {
            "title": "Kon Kơ Tu Brocade Weaving Cooperative",
            "introduction": (
                "Sixteen Ba Na women of Kon Kơ Tu, on the Đăk Bla river, weave brocade on "
                "backstrap looms, three or four pieces each a month. The cooperative takes "
                "orders for scarves, skirts, table runners and bags, and welcomes visitors to "
                "watch the weaving in its members' stilt houses."
            ),
            "certifications": (
                "OCOP 4 stars (2025) for the diamond-pattern shawl; OCOP 3 stars (2023) for "
                "the table runner. The 3-star certificate (2022) of the shoulder bag has "
                "expired."
            ),
        },
    },
    {
        "key": "dak-rang-basketry",
        "group_name": "HTX Đan lát Đăk Răng",
        "slug": {"vi": "htx-dan-lat-dak-rang", "en": "dak-rang-basketry-cooperative"},
        "legal_name": "Hợp tác xã Đan lát Đăk Răng",
        "kind": "cooperative",
        "founded": 2019,
        "members": 21,
        "women_members": 5,
        "village": "dak-rang",
        "crafts": ["basketry", "instruments"],
        "contact_name": "A Tơ",
        "phone": "0900 000 302",
        "email": "dakrang@langnghe.example",
        "capacity_per_month": 80,
        "minimum_order": 10,
        "lead_time_days": 30,
        "payout": {
            "bank": "BIDV chi nhánh Kon Tum",
            "account_number": "6311000482917",
            "account_holder": "HTX DAN LAT DAK RANG",
        },
        "image": "gui-red-band",
        "vi": {
            "title": "HTX Đan lát Đăk Răng",
            "introduction": (
                "Những người đan Giẻ Triêng ở làng Đăk Răng làm gùi, nia, hộp cơm từ lồ ô và "
                "mây rừng; một nhóm nhỏ cùng A Bloong làm t'rưng, đing tút và chỉnh âm chiêng. "
                "Hợp tác xã gom hàng của các hộ và kiểm tra từng chiếc trước khi gửi đi."
            ),
            "certifications": "OCOP 3 sao (2024) cho gùi hoa văn và hộp cơm đan nan.",
        },
        "en": {
            "title": "Đăk Răng Basketry Cooperative",
            "introduction": (
                "Giẻ Triêng basket makers of Đăk Răng village make back baskets, winnowing "
                "trays and rice boxes from lồ ô bamboo and forest rattan; a small team with A "
                "Bloong makes t'rưng and đing tút and tunes gongs. The cooperative gathers "
                "the households' work and checks every piece before it leaves."
            ),
            "certifications": "OCOP 3 stars (2024) for the patterned gùi and the rice box.",
        },
    },
    {
        "key": "kon-klor-rice-wine",
        "group_name": "HTX Rượu ghè Kon Klor",
        "slug": {"vi": "htx-ruou-ghe-kon-klor", "en": "kon-klor-jar-wine-cooperative"},
        "legal_name": "Hợp tác xã Rượu ghè Kon Klor",
        "kind": "cooperative",
        "founded": 2018,
        "members": 12,
        "women_members": 9,
        "village": "kon-klor",
        "crafts": ["rice-wine", "brocade", "canoes"],
        "contact_name": "Y Prông",
        "phone": "0900 000 303",
        "email": "konklor@langnghe.example",
        "capacity_per_month": 150,
        "minimum_order": 10,
        "lead_time_days": 45,
        "payout": {
            "bank": "Vietcombank chi nhánh Kon Tum",
            "account_number": "0621000397154",
            "account_holder": "HTX RUOU GHE KON KLOR",
        },
        "image": "jar-straws",
        "vi": {
            "title": "HTX Rượu ghè Kon Klor",
            "introduction": (
                "Các gia đình Ba Na ở Kon Klor, gần cầu treo bắc qua sông Đăk Bla, ủ rượu ghè "
                "bằng men lá theo cách của làng. Hợp tác xã còn bán khăn, túi dệt tay và mô "
                "hình thuyền độc mộc do người làng làm."
            ),
            "certifications": (
                "OCOP 3 sao và 4 sao (2024) cho rượu ghè Kon Klor ché 2 lít và ché 5 lít."
            ),
        },
        "en": {
            "title": "Kon Klor Jar Wine Cooperative",
            "introduction": (
                "Ba Na families of Kon Klor, by the suspension bridge over the Đăk Bla, brew "
                "jar wine with leaf yeast the village way. The cooperative also sells "
                "hand-woven scarves and bags and model dugout canoes made in the village."
            ),
            "certifications": (
                "OCOP 3 and 4 stars (2024) for Kon Klor jar wine in 2-litre and 5-litre jars."
            ),
        },
    },
    {
        "key": "dak-ui-forge",
        "group_name": "Tổ hợp tác Rèn Đăk Ui",
        "slug": {"vi": "to-hop-tac-ren-dak-ui", "en": "dak-ui-smiths-group"},
        "legal_name": "Tổ hợp tác Rèn truyền thống Đăk Ui",
        "kind": "group",
        "founded": 2022,
        "members": 7,
        "women_members": 1,
        "village": "dak-ui",
        "crafts": ["blacksmithing"],
        "contact_name": "A Khiên",
        "phone": "0900 000 304",
        "email": "dakui@langnghe.example",
        "capacity_per_month": 60,
        "minimum_order": 10,
        "lead_time_days": 45,
        "payout": {
            "bank": "Agribank chi nhánh Đăk Hà",
            "account_number": "5104205226093",
            "account_holder": "TO HOP TAC REN DAK UI",
        },
        "image": "knife-machete",
        "vi": {
            "title": "Tổ hợp tác Rèn Đăk Ui",
            "introduction": (
                "Bảy người thợ Xơ Đăng Tơ Đrá ở Đăk Ui giữ nghề rèn bằng lò bễ gỗ. Tổ rèn xà "
                "gạc, dao bếp, dao gọt; lò đỏ lửa nhiều nhất trong những tháng sau lễ mừng lúa "
                "mới, nên đơn lớn cần đặt sớm."
            ),
            "certifications": "OCOP 3 sao (2025) cho xà gạc Tơ Đrá và dao bếp rèn tay.",
        },
        "en": {
            "title": "Đăk Ui Smiths' Group",
            "introduction": (
                "Seven Xơ Đăng Tơ Đrá smiths of Đăk Ui keep forging at wooden-bellows forges. "
                "The group makes machetes, kitchen knives and paring knives; the forges burn "
                "most in the months after the new-rice festival, so large orders should be "
                "placed early."
            ),
            "certifications": (
                "OCOP 3 stars (2025) for the Tơ Đrá machete and the hand-forged kitchen knife."
            ),
        },
    },
    {
        "key": "vi-ro-ngheo-crafts",
        "group_name": "Tổ hợp tác Thủ công Vi Rơ Ngheo",
        "slug": {"vi": "to-hop-tac-thu-cong-vi-ro-ngheo", "en": "vi-ro-ngheo-craft-group"},
        "legal_name": "Tổ hợp tác Nghề truyền thống làng Vi Rơ Ngheo",
        "kind": "group",
        "founded": 2023,
        "members": 14,
        "women_members": 8,
        "village": "vi-ro-ngheo",
        "crafts": ["brocade", "crossbows", "basketry"],
        "contact_name": "Y Phiên",
        "phone": "0900 000 305",
        "email": "virongheo@langnghe.example",
        "capacity_per_month": 40,
        "minimum_order": 5,
        "lead_time_days": 30,
        "payout": {
            "bank": "Agribank chi nhánh Kon Plông",
            "account_number": "5107205164728",
            "account_holder": "TO HOP TAC THU CONG VI RO NGHEO",
        },
        "image": "crossbow",
        "vi": {
            "title": "Tổ hợp tác Thủ công Vi Rơ Ngheo",
            "introduction": (
                "Tổ gồm những người dệt, đan gùi và làm nỏ của làng Xơ Đăng Vi Rơ Ngheo, làng "
                "du lịch cộng đồng trên núi ở Kon Plông. Y Hmui nhận đơn và ghi tên người làm "
                "cho từng món; tổ cũng bán khăn của các chị em làng Kon Pring gần Măng Đen."
            ),
            "certifications": (
                "Chứng nhận OCOP 3 sao (2023) cho khăn thổ cẩm đã hết hạn; tổ đang chuẩn bị "
                "hồ sơ đánh giá lại."
            ),
        },
        "en": {
            "title": "Vi Rơ Ngheo Craft Group",
            "introduction": (
                "Weavers, basket makers and crossbow makers of Vi Rơ Ngheo, a Xơ Đăng "
                "community-tourism village in the Kon Plông mountains. Y Hmui takes the orders "
                "and notes who made each piece; the group also sells scarves woven by the "
                "women of Kon Pring near Măng Đen."
            ),
            "certifications": (
                "The 3-star OCOP certificate (2023) of the brocade scarf has expired; the "
                "group is preparing a new assessment."
            ),
        },
    },
    {
        "key": "ia-chim-carvers",
        "group_name": "Hộ kinh doanh Tượng gỗ Ia Chim",
        "slug": {"vi": "ho-kinh-doanh-tuong-go-ia-chim", "en": "ia-chim-wood-carving"},
        "legal_name": "Hộ kinh doanh Tượng gỗ Ia Chim",
        "kind": "household",
        "founded": 2020,
        "members": 3,
        "women_members": 1,
        "village": "ia-chim",
        "crafts": ["statues"],
        "contact_name": "Ksor H'Bia",
        "phone": "0900 000 306",
        "email": "iachim@langnghe.example",
        "capacity_per_month": 12,
        "minimum_order": 2,
        "lead_time_days": 45,
        "payout": {
            "bank": "VietinBank chi nhánh Kon Tum",
            "account_number": "109871245630",
            "account_holder": "KSOR H BIA",
        },
        "image": "statue-dark",
        "vi": {
            "title": "Tượng gỗ Ia Chim",
            "introduction": (
                "Hộ kinh doanh của một gia đình Gia Rai ở xã Ia Chim bán tượng gỗ do nghệ nhân "
                "Rơ Lan Hmok và hai người học nghề tạc theo dáng tượng nhà mồ. Tượng được tạc "
                "mới để bán, không lấy từ nhà mồ; mỗi tượng mang vết đẽo riêng."
            ),
            "certifications": "OCOP 3 sao (2025) cho tượng người ngồi cỡ nhỏ.",
        },
        "en": {
            "title": "Ia Chim Wood Carving",
            "introduction": (
                "A Gia Rai family business in Ia Chim selling wooden statues carved in the "
                "grave-house style by the artisan Rơ Lan Hmok and two apprentices. The "
                "statues are carved new for sale, never taken from a grave house; each keeps "
                "its own tool marks."
            ),
            "certifications": "OCOP 3 stars (2025) for the small seated figure.",
        },
    },
    {
        "key": "lang-le-weavers",
        "group_name": "Tổ hợp tác Dệt đan làng Le",
        "slug": {
            "vi": "to-hop-tac-det-dan-lang-le",
            "en": "le-village-weaving-and-basketry-group",
        },
        "legal_name": "Tổ hợp tác Dệt thổ cẩm và đan lát làng Le",
        "kind": "group",
        "founded": 2022,
        "members": 11,
        "women_members": 7,
        "village": "lang-le",
        "crafts": ["brocade", "basketry"],
        "contact_name": "Y Thao",
        "phone": "0900 000 307",
        "email": "langle@langnghe.example",
        "capacity_per_month": 30,
        "minimum_order": 5,
        "lead_time_days": 45,
        "payout": {
            "bank": "Agribank chi nhánh Sa Thầy",
            "account_number": "5106205391852",
            "account_holder": "TO HOP TAC DET DAN LANG LE",
        },
        "image": "basket-red-diagonal",
        "vi": {
            "title": "Tổ hợp tác Dệt đan làng Le",
            "introduction": (
                "Người Rơ Măm chỉ còn vài trăm người, sống ở làng Le gần Vườn quốc gia Chư Mom "
                "Ray. Tổ gom khăn, vải dệt của các chị và gùi, giỏ của các anh trong làng, "
                "trong đó có A Lơi, người dạy đan cho lớp trẻ."
            ),
            "certifications": "OCOP 3 sao (2024) cho vải dệt sợi bông kéo tay nhuộm lá.",
        },
        "en": {
            "title": "Le Village Weaving and Basketry Group",
            "introduction": (
                "The Rơ Măm are only a few hundred people, living in Le village near Chư Mom "
                "Ray National Park. The group gathers the women's scarves and cloth and the "
                "men's baskets, among them those of A Lơi, who teaches the young to weave."
            ),
            "certifications": (
                "OCOP 3 stars (2024) for the hand-spun cotton cloth dyed with leaves."
            ),
        },
    },
    {
        "key": "dak-me-rice-wine",
        "group_name": "Hộ kinh doanh Rượu cần Đăk Mế",
        "slug": {"vi": "ho-kinh-doanh-ruou-can-dak-me", "en": "dak-me-rice-wine"},
        "legal_name": "Hộ kinh doanh Rượu cần Đăk Mế",
        "kind": "household",
        "founded": 2021,
        "members": 4,
        "women_members": 3,
        "village": "dak-me",
        "crafts": ["rice-wine", "basketry"],
        "contact_name": "Y Lêu",
        "phone": "0900 000 308",
        "email": "dakme@langnghe.example",
        "capacity_per_month": 40,
        "minimum_order": 5,
        "lead_time_days": 40,
        "payout": {
            "bank": "Agribank chi nhánh Ngọc Hồi",
            "account_number": "5105205047319",
            "account_holder": "Y LEU",
        },
        "image": "jar-straws-2",
        "vi": {
            "title": "Rượu cần Đăk Mế",
            "introduction": (
                "Một hộ người Brâu ở thôn Đăk Mế, gần ngã ba biên giới Việt Nam – Lào – "
                "Campuchia, làm rượu cần và đan gùi, giỏ. Rượu ủ bằng men lá theo cách của Y "
                "Tring; gùi và giỏ đan từ lồ ô, mây quanh làng."
            ),
            "certifications": "",
        },
        "en": {
            "title": "Đăk Mế Rice Wine",
            "introduction": (
                "A Brâu household in Đăk Mế, near the point where Vietnam, Laos and Cambodia "
                "meet, making rice wine and baskets. The wine is brewed with leaf yeast the "
                "way Y Tring makes it; the baskets are woven from lồ ô and rattan from around "
                "the village."
            ),
            "certifications": "",
        },
    },
]

PRODUCTS = [
    # -------------------------------------------------------------- Kon Kơ Tu weavers (Ba Na)
    {
        "key": "kkt-shawl-diamond",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "khan-choang-hoa-van-hinh-thoi", "en": "diamond-pattern-shawl"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": ["y-hlen"],
        "materials": ["cotton", "forest-dyes"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "40 × 180 cm",
        "weight_grams": 260,
        "days_of_work": 6,
        "maker_share_percent": 70,
        "ocop": ocop(4, 1318, "20/10/2025", "Quảng Ngãi", 691),
        "photos": ["scarf-black", "brocade-diamonds"],
        "variants": [
            {
                "sku": "KKT-KHAN-THOI-DEN",
                "label": {"vi": "Nền đen", "en": "Black ground"},
                "price": 420000,
                "stock": 8,
            },
            {
                "sku": "KKT-KHAN-THOI-CHAM",
                "label": {"vi": "Nền chàm", "en": "Indigo ground"},
                "price": 450000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Khăn choàng hoa văn hình thoi",
            "summary": "Khăn choàng dệt tay, dải hình thoi đỏ vàng trên nền sợi nhuộm vỏ cây.",
            "description": p(
                "Y Hlen nhuộm sợi bằng vỏ cây và rễ cây cho màu đen, màu đỏ, rồi dệt dải hình "
                "thoi, mẫu đầu tiên mà các bé gái Ba Na được dạy. Mỗi chiếc khăn mất khoảng "
                "sáu ngày bên khung dệt; hai đầu khăn để tua sợi."
            ),
            "technique": BACKSTRAP_DYED["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["quà tặng", "khăn choàng", "nhuộm tự nhiên", "OCOP"],
        },
        "en": {
            "title": "Diamond-pattern shawl",
            "summary": "A hand-woven shawl with red and yellow diamonds on bark-dyed yarn.",
            "description": p(
                "Y Hlen dyes the yarn black and red with bark and roots, then weaves bands of "
                "diamonds, the first pattern Ba Na girls learn. Each shawl takes about six "
                "days at the loom; both ends are left fringed."
            ),
            "technique": BACKSTRAP_DYED["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["gift", "shawl", "natural dyes", "OCOP"],
        },
    },
    {
        "key": "kkt-scarf-narrow",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "khan-quang-co-soc-rang-cua", "en": "narrow-zigzag-scarf"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "zigzag",
        "making": "handwoven",
        "dimensions": "25 × 150 cm",
        "weight_grams": 150,
        "days_of_work": 3,
        "maker_share_percent": 68,
        "ocop": None,
        "photos": ["scarf-red-black", "brocade-zigzag"],
        "variants": [
            {
                "sku": "KKT-KHAN-NHO-DO",
                "label": {"vi": "Đỏ đen", "en": "Red and black"},
                "price": 250000,
                "stock": 12,
            },
            {
                "sku": "KKT-KHAN-NHO-VANG",
                "label": {"vi": "Vàng đen", "en": "Yellow and black"},
                "price": 250000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Khăn quàng cổ sọc răng cưa",
            "summary": "Khăn quàng khổ hẹp, nhẹ, dải răng cưa chạy dọc thân khăn.",
            "description": p(
                "Khăn khổ hẹp dệt từ sợi bông mua sẵn, hợp với trời se lạnh ở Kon Tum và Măng "
                "Đen. Dải răng cưa thường được các chị giải thích là dáng núi quanh làng."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["quà tặng", "khăn quàng"],
        },
        "en": {
            "title": "Narrow zigzag scarf",
            "summary": "A light, narrow scarf with a zigzag band running its length.",
            "description": p(
                "A narrow scarf woven from bought cotton yarn, right for the cool evenings of "
                "Kon Tum and Măng Đen. The weavers often say the zigzag is the shape of the "
                "hills around the village."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["gift", "scarf"],
        },
    },
    {
        "key": "kkt-table-runner",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "khan-trai-ban-hat-lua", "en": "rice-grain-table-runner"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton", "forest-dyes"],
        "motif": "rice-grain",
        "making": "handwoven",
        "dimensions": "35 × 150 cm",
        "weight_grams": 320,
        "days_of_work": 5,
        "maker_share_percent": 70,
        "ocop": ocop(3, 1562, "15/12/2023", "Kon Tum", 16),
        "photos": ["brocade-red-band", "scarf-red"],
        "variants": [
            {
                "sku": "KKT-TRAIBAN-150",
                "label": {"vi": "35 × 150 cm", "en": "35 × 150 cm"},
                "price": 380000,
                "stock": 7,
            },
            {
                "sku": "KKT-TRAIBAN-200",
                "label": {"vi": "35 × 200 cm", "en": "35 × 200 cm"},
                "price": 480000,
                "stock": 4,
            },
        ],
        "vi": {
            "title": "Khăn trải bàn hoa văn hạt lúa",
            "summary": "Khăn trải bàn dệt tay, những hàng hình thoi nhỏ như hạt lúa.",
            "description": p(
                "Những hàng hình thoi nhỏ trên nền đỏ được nhiều người dệt gọi là hạt lúa, "
                "lời mong một mùa no đủ. Khăn dày vừa, hai đầu viền gọn để trải bàn ăn hoặc "
                "kệ tủ."
            ),
            "technique": BACKSTRAP_DYED["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["trang trí nhà", "bàn ăn", "OCOP"],
        },
        "en": {
            "title": "Rice-grain table runner",
            "summary": "A hand-woven table runner with rows of small diamonds like rice grains.",
            "description": p(
                "Many weavers call the rows of tiny diamonds on red rice grains, a wish for a "
                "good harvest. The cloth is of medium weight, with neatly finished ends for a "
                "dining table or a sideboard."
            ),
            "technique": BACKSTRAP_DYED["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["home decor", "table", "OCOP"],
        },
    },
    {
        "key": "kkt-skirt",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "vay-quan-ba-na", "en": "ba-na-wrap-skirt"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": ["y-hlen"],
        "materials": ["cotton", "indigo", "forest-dyes"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "95 × 150 cm",
        "weight_grams": 750,
        "days_of_work": 20,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["scarf-indigo", "brocade-diamonds"],
        "variants": [
            {
                "sku": "KKT-VAY-CHAM",
                "label": {"vi": "Nền chàm, hoa văn đỏ", "en": "Indigo, red patterns"},
                "price": 2400000,
                "stock": 2,
            },
            {
                "sku": "KKT-VAY-DEN",
                "label": {"vi": "Nền đen, hoa văn đỏ vàng", "en": "Black, red and yellow"},
                "price": 2200000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Váy quấn Ba Na",
            "summary": "Váy quấn truyền thống của phụ nữ Ba Na, dệt trọn trong gần một tháng.",
            "description": p(
                "Váy gồm hai khổ vải dệt trên khung đeo lưng rồi khâu tay ghép lại, dải hoa "
                "văn hình thoi chạy ngang thân và gấu váy. Mặc quấn quanh người, cài bằng dây "
                "lưng hoặc gấp mép.",
                "Nhận đặt theo số đo; váy đặt mới mất khoảng một tháng.",
            ),
            "technique": BACKSTRAP_DYED["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["trang phục", "đặt làm"],
        },
        "en": {
            "title": "Ba Na wrap skirt",
            "summary": "The traditional wrap skirt of Ba Na women, nearly a month of weaving.",
            "description": p(
                "Two lengths of cloth woven on the backstrap loom are hand-stitched together, "
                "with bands of diamonds across the body and the hem. It is wrapped around the "
                "waist and held with a belt or a folded edge.",
                "Made to measure on request; a new skirt takes about a month.",
            ),
            "technique": BACKSTRAP_DYED["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["clothing", "made to order"],
        },
    },
    {
        "key": "kkt-blanket",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "tam-dap-tho-cam-lon", "en": "large-brocade-blanket"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": ["y-hlen"],
        "materials": ["cotton", "indigo", "forest-dyes"],
        "motif": "sun",
        "making": "handwoven",
        "dimensions": "140 × 200 cm",
        "weight_grams": 2100,
        "days_of_work": 35,
        "maker_share_percent": 72,
        "ocop": None,
        "photos": ["scarf-black", "brocade-stars", "land-dawn"],
        "variants": [
            {
                "sku": "KKT-TAMDAP-3KHO",
                "label": {"vi": "Nền đen, ghép ba khổ", "en": "Black, three panels"},
                "price": 4200000,
                "stock": 1,
            },
        ],
        "vi": {
            "title": "Tấm đắp thổ cẩm lớn",
            "summary": "Tấm đắp ghép ba khổ vải dệt tay, hình mặt trời ở giữa.",
            "description": p(
                "Khung dệt đeo lưng chỉ dệt được khổ hẹp, nên tấm đắp được ghép từ ba khổ "
                "vải, khâu tay sao cho hoa văn nối liền. Hình ngôi sao nhiều cánh ở giữa "
                "thường được kể là mặt trời.",
                "Ba người dệt cùng làm trong hơn một tháng; mỗi năm tổ chỉ làm vài tấm.",
            ),
            "technique": BACKSTRAP_DYED["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["trang trí nhà", "chăn", "hàng hiếm"],
        },
        "en": {
            "title": "Large brocade blanket",
            "summary": "A blanket of three hand-woven panels with a sun at its centre.",
            "description": p(
                "A backstrap loom weaves only narrow cloth, so the blanket is made of three "
                "panels stitched by hand so that the patterns run on. The many-pointed star "
                "at the centre is often described as the sun.",
                "Three weavers work on it for more than a month; the group makes only a few "
                "a year.",
            ),
            "technique": BACKSTRAP_DYED["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["home decor", "blanket", "rare"],
        },
    },
    {
        "key": "kkt-shoulder-bag",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "tui-deo-vai-tho-cam", "en": "brocade-shoulder-bag"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "zigzag",
        "making": "handwoven",
        "dimensions": "30 × 35 cm",
        "weight_grams": 380,
        "days_of_work": 4,
        "maker_share_percent": 65,
        "ocop": ocop(3, 942, "10/6/2022", "Kon Tum", -537),
        "photos": ["brocade-zigzag", "scarf-red-black"],
        "variants": [
            {
                "sku": "KKT-TUI-VAI-DO",
                "label": {"vi": "Đỏ đen", "en": "Red and black"},
                "price": 350000,
                "stock": 5,
            },
            {
                "sku": "KKT-TUI-VAI-CHAM",
                "label": {"vi": "Nền chàm", "en": "Indigo"},
                "price": 350000,
                "stock": 2,
            },
        ],
        "vi": {
            "title": "Túi đeo vai thổ cẩm",
            "summary": "Túi đeo vai may từ vải dệt tay, lót vải bông, có ngăn nhỏ bên trong.",
            "description": p(
                "Thân túi là vải thổ cẩm dệt tay với dải răng cưa, quai đeo dệt liền một "
                "dải. Bên trong lót vải bông, có một ngăn nhỏ đựng điện thoại."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["phụ kiện", "túi"],
        },
        "en": {
            "title": "Brocade shoulder bag",
            "summary": "A shoulder bag of hand-woven cloth, cotton-lined, with an inner pocket.",
            "description": p(
                "The body is hand-woven brocade with a zigzag band and the strap is woven as "
                "one piece. Inside it is lined with cotton and has a small phone pocket."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["accessories", "bag"],
        },
    },
    {
        "key": "kkt-phone-pouch",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "tui-deo-cheo-nho", "en": "small-crossbody-pouch"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "18 × 22 cm",
        "weight_grams": 150,
        "days_of_work": 2,
        "maker_share_percent": 65,
        "ocop": None,
        "photos": ["brocade-diamonds"],
        "variants": [
            {
                "sku": "KKT-TUI-CHEO",
                "label": {"vi": "Đỏ, vàng, đen", "en": "Red, yellow and black"},
                "price": 220000,
                "stock": 9,
            },
        ],
        "vi": {
            "title": "Túi đeo chéo nhỏ",
            "summary": "Túi nhỏ vừa điện thoại và ví, dây đeo dệt tay.",
            "description": p(
                "Túi may từ phần vải dệt còn lại sau khi cắt váy và khăn, nên mỗi chiếc có một "
                "đoạn hoa văn hơi khác. Khoá kéo, lót vải bông, dây đeo dài chỉnh được."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["phụ kiện", "túi", "quà tặng"],
        },
        "en": {
            "title": "Small crossbody pouch",
            "summary": "A small pouch for a phone and a wallet, on a hand-woven strap.",
            "description": p(
                "Sewn from the cloth left over after cutting skirts and scarves, so each one "
                "shows a slightly different stretch of pattern. Zip closure, cotton lining, "
                "adjustable strap."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["accessories", "bag", "gift"],
        },
    },
    {
        "key": "kkt-wallet",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "vi-cam-tay-tho-cam", "en": "brocade-clutch-wallet"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": None,
        "making": "handwoven",
        "dimensions": "20 × 10 cm",
        "weight_grams": 80,
        "days_of_work": 2,
        "maker_share_percent": 62,
        "ocop": None,
        "photos": ["brocade-red-band"],
        "variants": [
            {
                "sku": "KKT-VI-DO",
                "label": {"vi": "Nền đỏ", "en": "Red"},
                "price": 150000,
                "stock": 15,
            },
            {
                "sku": "KKT-VI-CHAM",
                "label": {"vi": "Nền chàm", "en": "Indigo"},
                "price": 150000,
                "stock": 6,
            },
        ],
        "vi": {
            "title": "Ví cầm tay thổ cẩm",
            "summary": "Ví dài có khoá kéo, vừa tiền giấy và thẻ.",
            "description": p(
                "Ví may từ vải thổ cẩm dệt tay, bên trong có hai ngăn tiền và bốn khe thẻ. "
                "Món quà nhỏ dễ mang về cho người thân."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["phụ kiện", "quà tặng"],
        },
        "en": {
            "title": "Brocade clutch wallet",
            "summary": "A long zip wallet for notes and cards.",
            "description": p(
                "Sewn from hand-woven brocade, with two note compartments and four card slots "
                "inside. A small gift that is easy to take home."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["accessories", "gift"],
        },
    },
    {
        "key": "kkt-key-ring",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "moc-khoa-tho-cam", "en": "brocade-key-ring"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "5 × 8 cm",
        "weight_grams": 15,
        "days_of_work": None,
        "maker_share_percent": 60,
        "ocop": None,
        "photos": ["brocade-stars"],
        "variants": [
            {
                "sku": "KKT-MOCKHOA-1",
                "label": {"vi": "1 chiếc", "en": "Single"},
                "price": 50000,
                "stock": 40,
            },
            {
                "sku": "KKT-MOCKHOA-3",
                "label": {"vi": "Bộ 3 chiếc, khác màu", "en": "Set of 3, mixed colours"},
                "price": 120000,
                "stock": 10,
            },
        ],
        "vi": {
            "title": "Móc khoá thổ cẩm",
            "summary": "Móc khoá nhỏ may từ vải thổ cẩm dệt tay, vòng kim loại.",
            "description": p(
                "Những mảnh vải dệt nhỏ được may thành móc khoá, để không phí một đoạn sợi "
                "nào. Các em học dệt trong làng thường làm món này đầu tiên."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["quà tặng", "lưu niệm"],
        },
        "en": {
            "title": "Brocade key ring",
            "summary": "A small key ring sewn from hand-woven brocade, on a metal ring.",
            "description": p(
                "Small pieces of woven cloth become key rings, so that no length of yarn is "
                "wasted. The village's weaving learners often make these first."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["gift", "souvenir"],
        },
    },
    {
        "key": "kkt-hair-tie",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "day-buoc-toc-det-tay", "en": "hand-woven-hair-tie"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton", "forest-dyes"],
        "motif": None,
        "making": "handwoven",
        "dimensions": "2 × 120 cm",
        "weight_grams": 20,
        "days_of_work": 1,
        "maker_share_percent": 70,
        "ocop": None,
        "photos": ["brocade-navy-zigzag"],
        "variants": [
            {
                "sku": "KKT-BUOCTOC",
                "label": {"vi": "Màu ngẫu nhiên", "en": "Assorted colours"},
                "price": 60000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Dây buộc tóc dệt tay",
            "summary": "Dải dệt hẹp để buộc tóc, như phụ nữ Ba Na vẫn dùng.",
            "description": p(
                "Dải vải dệt hẹp, hai đầu có tua, quấn quanh búi tóc hoặc buộc làm dây trang "
                "trí. Đợt dệt mới sẽ có vào mùa khô."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["phụ kiện", "quà tặng"],
        },
        "en": {
            "title": "Hand-woven hair tie",
            "summary": "A narrow woven band for tying the hair, as Ba Na women do.",
            "description": p(
                "A narrow woven band with fringed ends, wound round a bun or tied as a "
                "decorative cord. A new batch is woven in the dry season."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["accessories", "gift"],
        },
    },
    {
        "key": "kkt-cushion-cover",
        "cooperative": "kon-ko-tu-weavers",
        "slug": {"vi": "vo-goi-tua-tho-cam", "en": "brocade-cushion-cover"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "sun",
        "making": "handwoven",
        "dimensions": "45 × 45 cm",
        "weight_grams": 200,
        "days_of_work": 3,
        "maker_share_percent": 66,
        "ocop": None,
        "photos": ["brocade-stars", "scarf-red"],
        "variants": [
            {
                "sku": "KKT-GOI-1",
                "label": {"vi": "1 chiếc", "en": "Single"},
                "price": 320000,
                "stock": 6,
            },
            {
                "sku": "KKT-GOI-2",
                "label": {"vi": "Một đôi", "en": "Pair"},
                "price": 600000,
                "stock": 2,
            },
        ],
        "vi": {
            "title": "Vỏ gối tựa thổ cẩm",
            "summary": "Vỏ gối vuông, mặt trước dệt tay, mặt sau vải bông, khoá kéo ẩn.",
            "description": p(
                "Mặt trước là một tấm dệt riêng với hình ngôi sao ở giữa, mặt sau vải bông "
                "màu tối. Bán vỏ gối, không kèm ruột."
            ),
            "technique": SEWN["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["trang trí nhà"],
        },
        "en": {
            "title": "Brocade cushion cover",
            "summary": "A square cover, hand-woven front, cotton back, hidden zip.",
            "description": p(
                "The front is a separately woven panel with a star at its centre; the back is "
                "dark cotton. Cover only, no insert."
            ),
            "technique": SEWN["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["home decor"],
        },
    },
    # -------------------------------------------------------- Đăk Răng basketry (Giẻ Triêng)
    {
        "key": "dr-gui-patterned",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "gui-hoa-van", "en": "patterned-back-basket"},
        "craft": "basketry",
        "group": "gie-trieng",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan", "forest-dyes"],
        "motif": "rhombus",
        "making": "handmade",
        "dimensions": "45 × 45 × 80 cm",
        "weight_grams": 1400,
        "days_of_work": 3,
        "maker_share_percent": 78,
        "ocop": ocop(3, 1874, "18/12/2024", "Kon Tum", 384),
        "photos": ["gui-red-band", "basket-dark-zigzag"],
        "variants": [
            {
                "sku": "DR-GUI-HV-80",
                "label": {"vi": "Cao 80 cm", "en": "80 cm tall"},
                "price": 550000,
                "stock": 4,
            },
            {
                "sku": "DR-GUI-HV-60",
                "label": {"vi": "Cao 60 cm", "en": "60 cm tall"},
                "price": 420000,
                "stock": 6,
            },
        ],
        "vi": {
            "title": "Gùi hoa văn",
            "summary": "Gùi đan nan lồ ô, dải hình thoi bằng nan nhuộm dưới miệng gùi.",
            "description": p(
                "Gùi hoa văn là chiếc gùi đẹp nhất của mỗi nhà, đeo đi hội hay đi thăm họ "
                "hàng. Nan được vót mỏng, nan nhuộm sẫm đan xen thành dải hình thoi; đáy gùi "
                "có chân gỗ để đặt đứng.",
                "Mỗi chiếc mất khoảng ba ngày đan; quai đeo bằng mây.",
            ),
            "technique": PLAITED_DYED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["trang trí nhà", "gùi", "OCOP"],
        },
        "en": {
            "title": "Patterned back basket",
            "summary": "A lồ ô back basket with a band of dyed diamonds under the rim.",
            "description": p(
                "The patterned gùi is the finest basket in a house, carried to festivals and "
                "on family visits. The strips are shaved thin and dark-dyed strips form a "
                "band of diamonds; a wooden foot lets it stand.",
                "Each takes about three days to weave; the straps are rattan.",
            ),
            "technique": PLAITED_DYED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["home decor", "back basket", "OCOP"],
        },
    },
    {
        "key": "dr-gui-harvest",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "gui-cong-lua", "en": "harvest-back-basket"},
        "craft": "basketry",
        "group": "gie-trieng",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "50 × 50 × 75 cm",
        "weight_grams": 1100,
        "days_of_work": 2,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["gui-white-diamonds", "basket-dark-steps"],
        "variants": [
            {
                "sku": "DR-GUI-LUA",
                "label": {"vi": "Cao 75 cm", "en": "75 cm tall"},
                "price": 250000,
                "stock": 5,
            },
        ],
        "vi": {
            "title": "Gùi cõng lúa",
            "summary": "Gùi đan lóng đôi, chắc tay, dùng cõng lúa, bắp, củi.",
            "description": p(
                "Chiếc gùi người Giẻ Triêng đeo lên rẫy mỗi ngày: đan dày, miệng rộng, ít "
                "hoa văn. Ở thành phố, gùi dùng đựng chăn gối hay làm giỏ đồ giặt."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["gùi", "đồ dùng"],
        },
        "en": {
            "title": "Harvest back basket",
            "summary": "A sturdy twill-plaited basket for carrying rice, maize and firewood.",
            "description": p(
                "The basket Giẻ Triêng farmers carry to the fields every day: densely woven, "
                "wide-mouthed, with little decoration. In a city flat it holds blankets or "
                "laundry."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["back basket", "everyday"],
        },
    },
    {
        "key": "dr-gui-mini",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "gui-nho-trang-tri", "en": "small-decorative-basket"},
        "craft": "basketry",
        "group": "gie-trieng",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": "rhombus",
        "making": "handmade",
        "dimensions": "15 × 15 × 25 cm",
        "weight_grams": 180,
        "days_of_work": 1,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["gui-white-diamonds-2"],
        "variants": [
            {
                "sku": "DR-GUI-MINI",
                "label": {"vi": "Cao 25 cm", "en": "25 cm tall"},
                "price": 150000,
                "stock": 20,
            },
        ],
        "vi": {
            "title": "Gùi nhỏ trang trí",
            "summary": "Gùi thu nhỏ đủ quai đeo, để bàn làm việc hoặc cắm hoa khô.",
            "description": p(
                "Đan y như gùi thật nhưng chỉ cao một gang tay rưỡi: có dải hình thoi, có "
                "quai mây. Các thợ trẻ của hợp tác xã thường tập đan gùi nhỏ trước."
            ),
            "technique": PLAITED_DYED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["quà tặng", "lưu niệm", "gùi"],
        },
        "en": {
            "title": "Small decorative basket",
            "summary": "A miniature gùi with straps, for a desk or dried flowers.",
            "description": p(
                "Woven exactly like a full-size gùi but only about 25 cm tall, with a band of "
                "diamonds and rattan straps. The cooperative's young makers often start with "
                "these."
            ),
            "technique": PLAITED_DYED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["gift", "souvenir", "back basket"],
        },
    },
    {
        "key": "dr-rice-box",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "hop-com-dan-nan", "en": "woven-rice-box"},
        "craft": "basketry",
        "group": "gie-trieng",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "14 × 14 × 18 cm",
        "weight_grams": 250,
        "days_of_work": 1,
        "maker_share_percent": 76,
        "ocop": ocop(3, 1874, "18/12/2024", "Kon Tum", 384),
        "photos": ["basket-dark-steps", "basket-dark-zigzag"],
        "variants": [
            {
                "sku": "DR-HOPCOM",
                "label": {"vi": "Có dây đeo", "en": "With strap"},
                "price": 180000,
                "stock": 10,
            },
        ],
        "vi": {
            "title": "Hộp cơm đan nan",
            "summary": "Hộp đựng cơm hai lớp nan, nắp chụp kín, dây đeo bằng mây.",
            "description": p(
                "Người đi rẫy mang cơm trong hộp đan này: hai lớp nan giữ cơm ấm và không "
                "bị ướt. Nắp chụp khít xuống thân hộp, dây đeo vắt vai."
            ),
            "technique": PLAITED["vi"],
            "care": FOOD_BASKET_CARE["vi"],
            "tags": ["nhà bếp", "đồ dùng", "OCOP"],
        },
        "en": {
            "title": "Woven rice box",
            "summary": "A double-walled rice box with a snug lid and a rattan strap.",
            "description": p(
                "Farmers take their rice to the fields in this box: two layers of strips keep "
                "it warm and dry. The lid fits tightly over the body and the strap goes over "
                "the shoulder."
            ),
            "technique": PLAITED["en"],
            "care": FOOD_BASKET_CARE["en"],
            "tags": ["kitchen", "everyday", "OCOP"],
        },
    },
    {
        "key": "dr-winnowing-tray",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "nia-dan-tre", "en": "bamboo-winnowing-tray"},
        "craft": "basketry",
        "group": "gie-trieng",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "Ø 60 cm",
        "weight_grams": 650,
        "days_of_work": 2,
        "maker_share_percent": 78,
        "ocop": None,
        "photos": ["basket-dark-zigzag"],
        "variants": [
            {
                "sku": "DR-NIA-60",
                "label": {"vi": "Ø 60 cm", "en": "Ø 60 cm"},
                "price": 160000,
                "stock": 6,
            },
            {
                "sku": "DR-NIA-80",
                "label": {"vi": "Ø 80 cm", "en": "Ø 80 cm"},
                "price": 220000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Nia đan tre",
            "summary": "Nia tròn đan lóng đôi, vành tre cật buộc mây.",
            "description": p(
                "Nia dùng để sảy lúa, phơi hạt, bày bánh trái ngày lễ; treo tường cũng đẹp "
                "với vân xương cá của mặt đan. Vành làm bằng cật tre uốn tròn, buộc mây."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["nhà bếp", "trang trí nhà"],
        },
        "en": {
            "title": "Bamboo winnowing tray",
            "summary": "A round twill-plaited tray with a bamboo rim bound in rattan.",
            "description": p(
                "Used to winnow rice, dry seeds and lay out food at festivals; on a wall it "
                "shows off the herringbone of the weave. The rim is bent bamboo bound with "
                "rattan."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["kitchen", "home decor"],
        },
    },
    {
        "key": "dr-coasters",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "bo-lot-ly-dan-may", "en": "woven-rattan-coasters"},
        "craft": "basketry",
        "group": "gie-trieng",
        "village": None,
        "makers": [],
        "materials": ["rattan", "bamboo"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "10 × 10 cm",
        "weight_grams": 120,
        "days_of_work": 1,
        "maker_share_percent": 72,
        "ocop": None,
        "photos": ["basket-red-herringbone"],
        "variants": [
            {
                "sku": "DR-LOTLY-6",
                "label": {"vi": "Bộ 6 chiếc", "en": "Set of 6"},
                "price": 120000,
                "stock": 14,
            },
        ],
        "vi": {
            "title": "Bộ lót ly đan mây",
            "summary": "Sáu miếng lót ly vuông đan mây và tre, vân xương cá.",
            "description": p(
                "Món mới của hợp tác xã, đan bằng nan mây mảnh và nan tre nhuộm đỏ. Lót ly "
                "nóng lẫn ly lạnh đều được; lau khô sau khi dùng."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["nhà bếp", "quà tặng"],
        },
        "en": {
            "title": "Woven rattan coasters",
            "summary": "Six square coasters of rattan and bamboo in a herringbone weave.",
            "description": p(
                "A newer item of the cooperative, woven from fine rattan with red-dyed bamboo "
                "strips. Fine for hot and cold drinks; wipe dry after use."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["kitchen", "gift"],
        },
    },
    {
        "key": "dr-hip-basket",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "gio-deo-hong", "en": "hip-basket"},
        "craft": "basketry",
        "group": "gie-trieng",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "20 × 15 × 25 cm",
        "weight_grams": 220,
        "days_of_work": 1,
        "maker_share_percent": 76,
        "ocop": None,
        "photos": ["basket-dark-steps"],
        "variants": [
            {
                "sku": "DR-GIO-HONG",
                "label": {"vi": "Có nắp", "en": "With lid"},
                "price": 130000,
                "stock": 8,
            },
        ],
        "vi": {
            "title": "Giỏ đeo hông",
            "summary": "Giỏ nhỏ miệng hẹp, đeo bên hông khi đi suối bắt cá.",
            "description": p(
                "Giỏ miệng hẹp, bụng phình, có nắp nan để cá không nhảy ra. Nay nhiều khách "
                "mua để đựng bút, cắm cành khô hay treo tường."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["trang trí nhà", "đồ dùng"],
        },
        "en": {
            "title": "Hip basket",
            "summary": "A narrow-necked basket worn at the hip when fishing in streams.",
            "description": p(
                "Narrow neck, round belly and a woven lid so the fish cannot jump out. Many "
                "buyers now use it for pens, dried branches or as a wall piece."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["home decor", "everyday"],
        },
    },
    {
        "key": "dr-trung",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "dan-trung", "en": "trung-bamboo-xylophone"},
        "craft": "instruments",
        "group": "gie-trieng",
        "village": None,
        "makers": ["a-bloong"],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "110 × 60 cm",
        "weight_grams": 4000,
        "days_of_work": 10,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["trung", "trung-2", "land-dawn-2"],
        "variants": [
            {
                "sku": "DR-TRUNG-12",
                "label": {"vi": "12 ống", "en": "12 tubes"},
                "price": 3200000,
                "stock": 1,
            },
            {
                "sku": "DR-TRUNG-16",
                "label": {"vi": "16 ống, đặt làm", "en": "16 tubes, made to order"},
                "price": 4200000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Đàn t'rưng",
            "summary": "Đàn t'rưng ống nứa do A Bloong chọn ống và chỉnh âm, kèm hai dùi gõ.",
            "description": p(
                "A Bloong gõ thử từng ống nứa khi còn trên bụi rồi mới chặt, phơi trên gác "
                "bếp cả mùa mưa trước khi gọt. Các ống được kết bằng dây mây, xếp từ dài đến "
                "ngắn.",
                "Đàn 16 ống làm theo đơn, mất khoảng hai tuần.",
            ),
            "technique": BAMBOO_INSTRUMENT["vi"],
            "care": INSTRUMENT_CARE["vi"],
            "tags": ["nhạc cụ", "quà tặng", "hàng cồng kềnh"],
        },
        "en": {
            "title": "T'rưng bamboo xylophone",
            "summary": "A t'rưng whose tubes A Bloong chose and tuned, with two beaters.",
            "description": p(
                "A Bloong taps each tube while it still grows before cutting it, then dries "
                "it above the hearth for a whole rainy season before shaving it. The tubes "
                "are strung on rattan cords from long to short.",
                "The 16-tube version is made to order and takes about two weeks.",
            ),
            "technique": BAMBOO_INSTRUMENT["en"],
            "care": INSTRUMENT_CARE["en"],
            "tags": ["musical instrument", "gift", "bulky"],
        },
    },
    {
        "key": "dr-ding-tut",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "bo-ding-tut", "en": "ding-tut-pipe-set"},
        "craft": "instruments",
        "group": "gie-trieng",
        "village": None,
        "makers": ["a-bloong"],
        "materials": ["bamboo"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ống dài 30–70 cm",
        "weight_grams": 600,
        "days_of_work": 5,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["trung-2"],
        "variants": [
            {
                "sku": "DR-DINGTUT-6",
                "label": {"vi": "Bộ 6 ống", "en": "Set of 6 pipes"},
                "price": 850000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Bộ đing tút",
            "summary": "Bộ ống nứa thổi của người Giẻ Triêng, mỗi ống một âm.",
            "description": p(
                "Mỗi ống nứa chỉ cho một âm; khi chơi, mỗi người giữ một ống và thổi nối nhau "
                "thành giai điệu. A Bloong chỉnh âm cả bộ cùng lúc để các ống hoà với nhau.",
                "Kèm một tờ hướng dẫn thổi cơ bản bằng tiếng Việt và tiếng Anh.",
            ),
            "technique": BAMBOO_INSTRUMENT["vi"],
            "care": INSTRUMENT_CARE["vi"],
            "tags": ["nhạc cụ", "quà tặng"],
        },
        "en": {
            "title": "Đing tút pipe set",
            "summary": "A set of Giẻ Triêng bamboo pipes, one note to each pipe.",
            "description": p(
                "Each pipe gives a single note; players each hold one and blow in turn to "
                "build a melody. A Bloong tunes the whole set together so the pipes agree.",
                "Comes with a short playing guide in Vietnamese and English.",
            ),
            "technique": BAMBOO_INSTRUMENT["en"],
            "care": INSTRUMENT_CARE["en"],
            "tags": ["musical instrument", "gift"],
        },
    },
    {
        "key": "dr-klong-put",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "dan-klong-put", "en": "klong-put-clapped-tubes"},
        "craft": "instruments",
        "group": "gie-trieng",
        "village": None,
        "makers": ["a-bloong"],
        "materials": ["bamboo", "wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "9 ống dài 60–150 cm",
        "weight_grams": 7000,
        "days_of_work": 12,
        "maker_share_percent": 78,
        "ocop": None,
        "photos": ["trung"],
        "variants": [
            {
                "sku": "DR-KLONGPUT-9",
                "label": {"vi": "9 ống, kèm giá gỗ", "en": "9 tubes, wooden stand"},
                "price": 3600000,
                "stock": 1,
            },
        ],
        "vi": {
            "title": "Đàn k'lông pút",
            "summary": "Những ống nứa lớn nằm ngang, vỗ tay vào đầu ống để tạo tiếng.",
            "description": p(
                "K'lông pút thường do phụ nữ chơi: vỗ hai lòng bàn tay trước miệng ống, luồng "
                "hơi dội vào ống thành tiếng trầm. Nhiều làng gắn tiếng đàn với hồn lúa.",
                "Ống lớn, hàng cồng kềnh; giao bằng xe tải nhẹ hoặc nhận tại Kon Tum.",
            ),
            "technique": BAMBOO_INSTRUMENT["vi"],
            "care": INSTRUMENT_CARE["vi"],
            "tags": ["nhạc cụ", "hàng cồng kềnh"],
        },
        "en": {
            "title": "K'lông pút clapped tubes",
            "summary": "Large bamboo tubes lying side by side, sounded by clapping at their ends.",
            "description": p(
                "The k'lông pút is usually played by women: they clap their palms in front of "
                "the tube mouths and the puff of air sounds a deep note. Many villages link "
                "it to the spirit of the rice.",
                "Large and bulky; delivered by small truck or collected in Kon Tum.",
            ),
            "technique": BAMBOO_INSTRUMENT["en"],
            "care": INSTRUMENT_CARE["en"],
            "tags": ["musical instrument", "bulky"],
        },
    },
    {
        "key": "dr-gong",
        "cooperative": "dak-rang-basketry",
        "slug": {"vi": "chieng-dong-da-chinh-am", "en": "tuned-bronze-gong"},
        "craft": "instruments",
        "group": "gie-trieng",
        "village": None,
        "makers": ["a-bloong"],
        "materials": ["bronze"],
        "motif": "gong",
        "making": "handmade",
        "dimensions": "Ø 35–45 cm",
        "weight_grams": 3500,
        "days_of_work": 3,
        "maker_share_percent": 55,
        "ocop": None,
        "photos": ["gong-beater", "gong-beater-2"],
        "variants": [
            {
                "sku": "DR-CHIENG-35",
                "label": {"vi": "Ø 35 cm, kèm dùi", "en": "Ø 35 cm, with beater"},
                "price": 6500000,
                "stock": 1,
            },
            {
                "sku": "DR-CHIENG-45",
                "label": {"vi": "Ø 45 cm, kèm dùi", "en": "Ø 45 cm, with beater"},
                "price": 9500000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Chiêng đồng đã chỉnh âm",
            "summary": "Chiêng núm đúc ở xưởng, được chỉnh âm ở Đăk Răng theo tai nghe của làng.",
            "description": p(
                "Chiêng không đúc ở làng: hợp tác xã mua chiêng mới từ xưởng đúc, rồi A Bloong "
                "và đội chiêng gõ búa chỉnh âm nhiều ngày cho đến khi tiếng chiêng hợp với dàn "
                "chiêng của người Giẻ Triêng.",
                "Giá đã gồm dùi gõ bọc vải và dây treo; người làm nhận phần công chỉnh âm.",
            ),
            "technique": "Chỉnh âm bằng búa gõ trên mặt và núm chiêng",
            "care": GONG_CARE["vi"],
            "tags": ["nhạc cụ", "cồng chiêng", "hàng cồng kềnh"],
        },
        "en": {
            "title": "Tuned bronze gong",
            "summary": "A bossed gong cast in a foundry and tuned in Đăk Răng by village ears.",
            "description": p(
                "Gongs are not cast in the village: the cooperative buys new gongs from a "
                "foundry, and A Bloong and the gong team tune them with hammers over several "
                "days until they sit with a Giẻ Triêng gong ensemble.",
                "The price includes a padded beater and a cord; the makers are paid for the "
                "tuning.",
            ),
            "technique": "Tuned by hammering the face and the boss",
            "care": GONG_CARE["en"],
            "tags": ["musical instrument", "gongs", "bulky"],
        },
    },
    # ------------------------------------------------------------- Kon Klor jar wine (Ba Na)
    {
        "key": "kkl-jar-wine-2l",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "ruou-ghe-kon-klor-che-2-lit", "en": "kon-klor-jar-wine-2-litres"},
        "craft": "rice-wine",
        "group": "ba-na",
        "village": None,
        "makers": ["y-nhieng"],
        "materials": ["rice", "leaf-yeast"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 18 × 22 cm",
        "weight_grams": 3200,
        "days_of_work": None,
        "maker_share_percent": 60,
        "ocop": ocop(3, 1125, "26/9/2024", "Kon Tum", 301),
        "photos": ["jar-straws", "land-dawn"],
        "variants": [
            {
                "sku": "KKL-GHE-2L",
                "label": {"vi": "Ché 2 lít, kèm 2 cần", "en": "2-litre jar, 2 straws"},
                "price": 320000,
                "stock": 18,
            },
        ],
        "vi": {
            "title": "Rượu ghè Kon Klor, ché 2 lít",
            "summary": "Rượu ghè ủ men lá theo công thức của Y Nhiêng, đóng ché sành nhỏ.",
            "description": p(
                "Men của Y Nhiêng gồm bảy loại lá và rễ, công thức bà học từ mẹ. Cơm gạo trộn "
                "men được ủ kín trong ché hơn một tháng; khi uống chỉ cần đổ nước sạch vào ché "
                "và cắm cần.",
                "Ché nhỏ hợp cho bốn, năm người; chỉ giao trong nước.",
            ),
            "technique": BREWED["vi"],
            "care": RICE_WINE_CARE["vi"],
            "tags": ["rượu cần", "đồ uống", "OCOP"],
        },
        "en": {
            "title": "Kon Klor jar wine, 2-litre jar",
            "summary": "Jar wine brewed with Y Nhiêng's leaf yeast, in a small stoneware jar.",
            "description": p(
                "Y Nhiêng's yeast uses seven kinds of leaves and roots, a recipe she learnt "
                "from her mother. Rice mixed with the yeast is sealed in the jar for over a "
                "month; to drink, fill the jar with clean water and put in the straws.",
                "A small jar serves four or five people; shipped within Vietnam only.",
            ),
            "technique": BREWED["en"],
            "care": RICE_WINE_CARE["en"],
            "tags": ["rice wine", "drinks", "OCOP"],
        },
    },
    {
        "key": "kkl-jar-wine-5l",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "ruou-ghe-kon-klor-che-5-lit", "en": "kon-klor-jar-wine-5-litres"},
        "craft": "rice-wine",
        "group": "ba-na",
        "village": None,
        "makers": ["y-nhieng"],
        "materials": ["rice", "leaf-yeast"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 26 × 32 cm",
        "weight_grams": 7000,
        "days_of_work": None,
        "maker_share_percent": 58,
        "ocop": ocop(4, 1125, "26/9/2024", "Kon Tum", 301),
        "photos": ["jar-straws-2", "jar-straws"],
        "variants": [
            {
                "sku": "KKL-GHE-5L",
                "label": {"vi": "Ché 5 lít, kèm 4 cần", "en": "5-litre jar, 4 straws"},
                "price": 650000,
                "stock": 9,
            },
        ],
        "vi": {
            "title": "Rượu ghè Kon Klor, ché 5 lít",
            "summary": "Ché rượu ghè cỡ vừa cho một bữa đông người, ủ men lá của làng.",
            "description": p(
                "Ché 5 lít đủ cho mười người ngồi quanh, nối lượt nhau uống bằng cần tre như "
                "trong các ngày hội ở Kon Klor. Ché sành giữ lại được sau khi uống hết.",
                "Rượu có cồn, chỉ bán cho người từ 18 tuổi; chỉ giao trong nước.",
            ),
            "technique": BREWED["vi"],
            "care": RICE_WINE_CARE["vi"],
            "tags": ["rượu cần", "đồ uống", "OCOP"],
        },
        "en": {
            "title": "Kon Klor jar wine, 5-litre jar",
            "summary": "A medium jar for a gathering, brewed with the village's leaf yeast.",
            "description": p(
                "A 5-litre jar is enough for ten people sitting round it, taking turns at the "
                "bamboo straws as at Kon Klor festivals. The stoneware jar is yours to keep.",
                "Alcoholic, sold only to people aged 18 and over; shipped within Vietnam only.",
            ),
            "technique": BREWED["en"],
            "care": RICE_WINE_CARE["en"],
            "tags": ["rice wine", "drinks", "OCOP"],
        },
    },
    {
        "key": "kkl-leaf-yeast",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "men-la-kon-klor", "en": "kon-klor-leaf-yeast"},
        "craft": "rice-wine",
        "group": "ba-na",
        "village": None,
        "makers": ["y-nhieng"],
        "materials": ["rice", "leaf-yeast"],
        "motif": None,
        "making": "handmade",
        "dimensions": "",
        "weight_grams": 120,
        "days_of_work": None,
        "maker_share_percent": 70,
        "ocop": None,
        "photos": ["jar-straws-2"],
        "variants": [
            {
                "sku": "KKL-MEN-10",
                "label": {"vi": "Gói 10 viên", "en": "Pack of 10"},
                "price": 60000,
                "stock": 25,
            },
        ],
        "vi": {
            "title": "Men lá Kon Klor",
            "summary": "Viên men lá khô để tự ủ rượu cần tại nhà, kèm hướng dẫn.",
            "description": p(
                "Men được giã từ lá, rễ rừng trộn bột gạo, nặn viên rồi phơi trên gác bếp. "
                "Một gói đủ ủ chừng ba, bốn ký gạo; kèm tờ hướng dẫn ủ bằng tiếng Việt."
            ),
            "technique": YEAST["vi"],
            "care": YEAST_CARE["vi"],
            "tags": ["rượu cần", "nhà bếp"],
        },
        "en": {
            "title": "Kon Klor leaf yeast",
            "summary": "Dried leaf-yeast cakes for brewing jar wine at home, with instructions.",
            "description": p(
                "The yeast is pounded from forest leaves and roots with rice flour, shaped "
                "and dried above the hearth. A pack is enough for three or four kilos of "
                "rice; a brewing guide (in Vietnamese) is included."
            ),
            "technique": YEAST["en"],
            "care": YEAST_CARE["en"],
            "tags": ["rice wine", "kitchen"],
        },
    },
    {
        "key": "kkl-straws",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "bo-can-hut-tre", "en": "bamboo-drinking-straws"},
        "craft": "rice-wine",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["bamboo"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Dài 80 cm",
        "weight_grams": 200,
        "days_of_work": None,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["jar-straws"],
        "variants": [
            {
                "sku": "KKL-CAN-4",
                "label": {"vi": "Bộ 4 cần", "en": "Set of 4"},
                "price": 80000,
                "stock": 30,
            },
        ],
        "vi": {
            "title": "Bộ cần hút tre",
            "summary": "Cần tre uốn cong để uống rượu ghè, thông lòng và hơ lửa.",
            "description": p(
                "Cần làm từ ống trúc nhỏ, thông lòng rồi hơ lửa cho uốn cong như cần rượu "
                "của làng. Dùng được cho mọi ché rượu cần."
            ),
            "technique": "Thông lòng ống trúc, hơ lửa uốn cong",
            "care": "Rửa bằng nước sôi sau khi dùng, dựng cho khô hẳn.",
            "tags": ["rượu cần", "quà tặng"],
        },
        "en": {
            "title": "Bamboo drinking straws",
            "summary": "Curved bamboo straws for jar wine, bored through and bent over fire.",
            "description": p(
                "Made from thin bamboo, bored through and bent over a flame like the village's "
                "own straws. They fit any rice-wine jar."
            ),
            "technique": "Bamboo bored through and bent over a flame",
            "care": "Rinse with boiling water after use and stand upright to dry.",
            "tags": ["rice wine", "gift"],
        },
    },
    {
        "key": "kkl-scarf",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "khan-det-tay-kon-klor", "en": "kon-klor-hand-woven-scarf"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": ["y-nhieng"],
        "materials": ["cotton"],
        "motif": "zigzag",
        "making": "handwoven",
        "dimensions": "30 × 160 cm",
        "weight_grams": 200,
        "days_of_work": 4,
        "maker_share_percent": 70,
        "ocop": None,
        "photos": ["scarf-red", "brocade-stars"],
        "variants": [
            {
                "sku": "KKL-KHAN-DO",
                "label": {"vi": "Nền đỏ", "en": "Red ground"},
                "price": 300000,
                "stock": 6,
            },
        ],
        "vi": {
            "title": "Khăn dệt tay Kon Klor",
            "summary": "Khăn nền đỏ, răng cưa trắng, dệt bên nhà sàn gần cầu treo Kon Klor.",
            "description": p(
                "Ngoài rượu ghè, Y Nhiêng dệt khăn cho khách qua cầu treo Kon Klor. Khăn nền "
                "đỏ cam, dải răng cưa và hình thoi trắng, hai đầu để tua."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["quà tặng", "khăn quàng"],
        },
        "en": {
            "title": "Kon Klor hand-woven scarf",
            "summary": "A red scarf with white zigzags, woven near the Kon Klor bridge.",
            "description": p(
                "Besides jar wine, Y Nhiêng weaves scarves for visitors who cross the Kon Klor "
                "bridge. Orange-red ground, white zigzags and diamonds, fringed ends."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["gift", "scarf"],
        },
    },
    {
        "key": "kkl-small-bag",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "tui-nho-tho-cam", "en": "small-brocade-bag"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": ["y-nhieng"],
        "materials": ["cotton"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "15 × 20 cm",
        "weight_grams": 90,
        "days_of_work": 2,
        "maker_share_percent": 68,
        "ocop": None,
        "photos": ["brocade-red-band"],
        "variants": [
            {
                "sku": "KKL-TUI-DO",
                "label": {"vi": "Nền đỏ", "en": "Red"},
                "price": 180000,
                "stock": 10,
            },
            {
                "sku": "KKL-TUI-DEN",
                "label": {"vi": "Nền đen", "en": "Black"},
                "price": 180000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Túi nhỏ thổ cẩm",
            "summary": "Túi dây rút nhỏ, vừa điện thoại hoặc đồ trang sức.",
            "description": p(
                "Túi may từ một tấm dệt ngắn của Y Nhiêng, miệng túi có dây rút dệt tay. Hợp "
                "làm túi quà hay túi đựng đồ lặt vặt khi đi đường."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["phụ kiện", "quà tặng"],
        },
        "en": {
            "title": "Small brocade bag",
            "summary": "A small drawstring bag for a phone or jewellery.",
            "description": p(
                "Sewn from a short length of Y Nhiêng's weaving, closed with a hand-woven "
                "drawstring. A gift bag or a pouch for small things on the road."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["accessories", "gift"],
        },
    },
    {
        "key": "kkl-camera-strap",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "day-deo-may-anh", "en": "woven-camera-strap"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "rice-grain",
        "making": "handwoven",
        "dimensions": "4 × 100 cm",
        "weight_grams": 60,
        "days_of_work": 1,
        "maker_share_percent": 66,
        "ocop": None,
        "photos": ["brocade-diamonds"],
        "variants": [
            {
                "sku": "KKL-DAYDEO",
                "label": {"vi": "Đầu khoá da", "en": "Leather ends"},
                "price": 160000,
                "stock": 8,
            },
        ],
        "vi": {
            "title": "Dây đeo máy ảnh dệt tay",
            "summary": "Dải dệt hẹp hoa văn hạt lúa, đầu khoá da, cho máy ảnh hoặc điện thoại.",
            "description": p(
                "Dải dệt khổ hẹp như dây lưng truyền thống, hai đầu may khoá da để gắn máy ảnh "
                "hoặc ốp điện thoại."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["phụ kiện", "quà tặng"],
        },
        "en": {
            "title": "Woven camera strap",
            "summary": "A narrow woven band with rice-grain motifs and leather ends.",
            "description": p(
                "A narrow band like a traditional belt, with leather ends sewn on to attach "
                "a camera or a phone case."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["accessories", "gift"],
        },
    },
    {
        "key": "kkl-cloth-length",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "vai-tho-cam-kho-40", "en": "brocade-cloth-40-cm-wide"},
        "craft": "brocade",
        "group": "ba-na",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "40 × 200 cm",
        "weight_grams": 420,
        "days_of_work": 8,
        "maker_share_percent": 72,
        "ocop": None,
        "photos": ["scarf-red-black", "brocade-diamonds"],
        "variants": [
            {
                "sku": "KKL-VAI-2M",
                "label": {"vi": "Tấm 2 m", "en": "2 m length"},
                "price": 650000,
                "stock": 5,
            },
        ],
        "vi": {
            "title": "Vải thổ cẩm khổ 40 cm",
            "summary": "Tấm vải dệt tay dài 2 m, để may áo, túi hay bọc ghế.",
            "description": p(
                "Dành cho thợ may và nhà thiết kế: tấm vải dệt tay khổ 40 cm, hoa văn hình "
                "thoi đỏ đen lặp đều. Nhận đặt số lượng lớn, thời gian dệt khoảng một tháng."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["vải", "đặt làm"],
        },
        "en": {
            "title": "Brocade cloth, 40 cm wide",
            "summary": "A 2-metre length of hand-woven cloth for clothes, bags or upholstery.",
            "description": p(
                "For tailors and designers: hand-woven cloth 40 cm wide with an even repeat "
                "of red and black diamonds. Larger orders take about a month to weave."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["fabric", "made to order"],
        },
    },
    {
        "key": "kkl-canoe-model",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "mo-hinh-thuyen-doc-moc", "en": "model-dugout-canoe"},
        "craft": "canoes",
        "group": "ba-na",
        "village": None,
        "makers": ["a-klun"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "60 × 12 × 9 cm",
        "weight_grams": 1800,
        "days_of_work": 5,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["canoe-paddle", "land-dawn"],
        "variants": [
            {
                "sku": "KKL-THUYEN-60",
                "label": {"vi": "Dài 60 cm, kèm mái chèo", "en": "60 cm, with paddle"},
                "price": 950000,
                "stock": 3,
            },
            {
                "sku": "KKL-THUYEN-90",
                "label": {"vi": "Dài 90 cm, kèm mái chèo", "en": "90 cm, with paddle"},
                "price": 1450000,
                "stock": 1,
            },
        ],
        "vi": {
            "title": "Mô hình thuyền độc mộc",
            "summary": "Thuyền độc mộc thu nhỏ, khoét từ một khúc gỗ như thuyền trên sông Đăk Bla.",
            "description": p(
                "A Klưn là một trong số ít người ở Kon Klor còn biết đẽo thuyền độc mộc. Mô "
                "hình được khoét từ một khúc gỗ nguyên bằng rìu và đục, giữ dáng thuyền vẫn "
                "đi trên sông Đăk Bla.",
                "Ông mong có thêm thanh niên trong làng theo học nghề đẽo thuyền.",
            ),
            "technique": "Khoét lòng từ một khúc gỗ nguyên bằng rìu và đục",
            "care": WOOD_CARE["vi"],
            "tags": ["trang trí nhà", "quà tặng", "đồ gỗ"],
        },
        "en": {
            "title": "Model dugout canoe",
            "summary": "A small dugout hollowed from one piece, like the boats on the Đăk Bla.",
            "description": p(
                "A Klưn is one of the few people in Kon Klor who still know how to carve a "
                "dugout canoe. The model is hollowed from a single block with axe and chisel "
                "and keeps the shape of the boats still used on the Đăk Bla.",
                "He hopes more young villagers will learn to carve boats.",
            ),
            "technique": "Hollowed from a single block with axe and chisel",
            "care": WOOD_CARE["en"],
            "tags": ["home decor", "gift", "woodwork"],
        },
    },
    {
        "key": "kkl-paddle",
        "cooperative": "kon-klor-rice-wine",
        "slug": {"vi": "mai-cheo-go", "en": "carved-wooden-paddle"},
        "craft": "canoes",
        "group": "ba-na",
        "village": None,
        "makers": ["a-klun"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "120 × 14 cm",
        "weight_grams": 1100,
        "days_of_work": 2,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["canoe-paddle"],
        "variants": [
            {
                "sku": "KKL-MAICHEO",
                "label": {"vi": "Dài 120 cm", "en": "120 cm"},
                "price": 480000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Mái chèo gỗ",
            "summary": "Mái chèo đẽo tay theo dáng mái chèo thuyền độc mộc, để treo tường.",
            "description": p(
                "A Klưn đẽo mái chèo từ gỗ còn lại sau khi làm thuyền, cán tròn, bản chèo "
                "mỏng dần về mép. Hết hàng: đợt mới sẽ có sau mùa mưa."
            ),
            "technique": "Đẽo tay bằng rìu và dao",
            "care": WOOD_CARE["vi"],
            "tags": ["trang trí nhà", "đồ gỗ"],
        },
        "en": {
            "title": "Carved wooden paddle",
            "summary": "A hand-carved paddle in the shape of a dugout paddle, for the wall.",
            "description": p(
                "A Klưn carves paddles from wood left over from his boats: a round shaft and "
                "a blade that thins towards the edge. Sold out: new ones after the rainy "
                "season."
            ),
            "technique": "Hand-carved with axe and knife",
            "care": WOOD_CARE["en"],
            "tags": ["home decor", "woodwork"],
        },
    },
    # --------------------------------------------------------- Đăk Ui smiths (Xơ Đăng Tơ Đrá)
    {
        "key": "du-machete",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "xa-gac-to-dra", "en": "to-dra-machete"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-drong"],
        "materials": ["iron", "wood", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Dài 60–70 cm",
        "weight_grams": 900,
        "days_of_work": 2,
        "maker_share_percent": 78,
        "ocop": ocop(3, 402, "21/3/2025", "Kon Tum", 478),
        "photos": ["knife-machete", "knife-machete-2"],
        "variants": [
            {
                "sku": "DU-XAGAC-30",
                "label": {"vi": "Lưỡi 30 cm", "en": "30 cm blade"},
                "price": 420000,
                "stock": 6,
            },
            {
                "sku": "DU-XAGAC-40",
                "label": {"vi": "Lưỡi 40 cm", "en": "40 cm blade"},
                "price": 520000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Xà gạc Tơ Đrá",
            "summary": "Xà gạc rèn tay, lưỡi cong, cán gỗ dài quấn đai mây.",
            "description": p(
                "Xà gạc là con dao đi rẫy của người Xơ Đăng: phát cây, chẻ củi, vót nan. "
                "Lò của A Đrong dùng bễ hai ống gỗ bọc da dê, ba người cùng làm một lò: một "
                "người kéo bễ, một người giữ phôi, một người quai búa.",
                "Mỗi lưỡi được tôi nước và mài tay; cán gỗ quấn đai mây cho chắc tay.",
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["dụng cụ", "dao rèn", "OCOP"],
        },
        "en": {
            "title": "Tơ Đrá machete",
            "summary": "A hand-forged machete with a curved blade and a long rattan-bound handle.",
            "description": p(
                "The xà gạc is the Xơ Đăng field knife: for clearing brush, splitting firewood "
                "and shaving strips. A Đrong's forge has two wooden bellows covered with goat "
                "hide and takes three people: one at the bellows, one holding the iron, one "
                "at the hammer.",
                "Each blade is water-quenched and hand-ground; the wooden handle is bound "
                "with rattan for a firm grip.",
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["tools", "forged knife", "OCOP"],
        },
    },
    {
        "key": "du-machete-small",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "xa-gac-nho", "en": "small-machete"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": [],
        "materials": ["iron", "wood", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Dài 45 cm",
        "weight_grams": 550,
        "days_of_work": 1,
        "maker_share_percent": 76,
        "ocop": None,
        "photos": ["knife-machete-2"],
        "variants": [
            {
                "sku": "DU-XAGAC-NHO",
                "label": {"vi": "Lưỡi 22 cm", "en": "22 cm blade"},
                "price": 320000,
                "stock": 7,
            },
        ],
        "vi": {
            "title": "Xà gạc nhỏ làm vườn",
            "summary": "Xà gạc cỡ nhỏ, nhẹ tay, hợp để tỉa cành và làm vườn.",
            "description": p(
                "Cùng dáng với xà gạc đi rẫy nhưng ngắn và nhẹ hơn, dùng tỉa cành, chẻ tre, "
                "dọn vườn. Giao kèm bao lưỡi bằng gỗ."
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["dụng cụ", "làm vườn"],
        },
        "en": {
            "title": "Small garden machete",
            "summary": "A short, light machete for pruning and garden work.",
            "description": p(
                "The same shape as the field machete but shorter and lighter, for pruning, "
                "splitting bamboo and clearing the garden. Comes with a wooden blade guard."
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["tools", "garden"],
        },
    },
    {
        "key": "du-kitchen-knife",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "dao-bep-ren-tay", "en": "hand-forged-kitchen-knife"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-drong"],
        "materials": ["iron", "wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Lưỡi 20 cm, dài 33 cm",
        "weight_grams": 280,
        "days_of_work": 1,
        "maker_share_percent": 75,
        "ocop": ocop(3, 402, "21/3/2025", "Kon Tum", 478),
        "photos": ["knife-machete-2", "knife-machete"],
        "variants": [
            {
                "sku": "DU-DAOBEP-20",
                "label": {"vi": "Lưỡi 20 cm", "en": "20 cm blade"},
                "price": 260000,
                "stock": 12,
            },
        ],
        "vi": {
            "title": "Dao bếp rèn tay",
            "summary": "Dao thái bản rộng, lưỡi tôi cứng, cán gỗ.",
            "description": p(
                "Dao bếp bản rộng để thái rau, thịt, cá. Lưỡi tôi cứng giữ sắc lâu, mài lại "
                "bằng đá mài thường là đủ. Mặt lưỡi còn vết búa, dấu của lò rèn tay."
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["nhà bếp", "dao rèn", "OCOP"],
        },
        "en": {
            "title": "Hand-forged kitchen knife",
            "summary": "A broad slicing knife with a hardened blade and a wooden handle.",
            "description": p(
                "A broad kitchen knife for vegetables, meat and fish. The hardened blade holds "
                "its edge and sharpens on an ordinary whetstone. The hammer marks on the flat "
                "show it came from a hand forge."
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["kitchen", "forged knife", "OCOP"],
        },
    },
    {
        "key": "du-paring-knife",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "dao-got", "en": "paring-knife"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": [],
        "materials": ["iron", "wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Lưỡi 12 cm",
        "weight_grams": 120,
        "days_of_work": 1,
        "maker_share_percent": 74,
        "ocop": None,
        "photos": ["knife-machete"],
        "variants": [
            {
                "sku": "DU-DAOGOT",
                "label": {"vi": "Lưỡi 12 cm", "en": "12 cm blade"},
                "price": 150000,
                "stock": 20,
            },
        ],
        "vi": {
            "title": "Dao gọt",
            "summary": "Dao nhỏ lưỡi mỏng để gọt trái cây, vót nan.",
            "description": p(
                "Người đan gùi dùng loại dao này để vót nan cho mỏng đều; trong bếp, nó gọt "
                "trái cây và củ quả gọn gàng."
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["nhà bếp", "dao rèn"],
        },
        "en": {
            "title": "Paring knife",
            "summary": "A small thin-bladed knife for fruit and for shaving strips.",
            "description": p(
                "Basket makers use this knife to shave strips evenly thin; in the kitchen it "
                "peels fruit and vegetables neatly."
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["kitchen", "forged knife"],
        },
    },
    {
        "key": "du-cleaver",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "dao-chat", "en": "cleaver"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-drong"],
        "materials": ["iron", "wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Lưỡi 18 cm",
        "weight_grams": 650,
        "days_of_work": 1,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["knife-machete-2"],
        "variants": [
            {
                "sku": "DU-DAOCHAT",
                "label": {"vi": "Lưỡi 18 cm", "en": "18 cm blade"},
                "price": 350000,
                "stock": 4,
            },
        ],
        "vi": {
            "title": "Dao chặt",
            "summary": "Dao sống dày, nặng tay, để chặt xương và chẻ củi nhỏ.",
            "description": p(
                "Sống dao dày, lưỡi tôi mềm hơn dao thái để không mẻ khi chặt xương. Cán gỗ "
                "tra nóng, đóng đai sắt ở cổ cán."
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["nhà bếp", "dao rèn"],
        },
        "en": {
            "title": "Cleaver",
            "summary": "A heavy, thick-backed knife for chopping bones and kindling.",
            "description": p(
                "A thick spine and a blade tempered softer than a slicer's so it does not chip "
                "on bone. The wooden handle is fitted hot and ringed with iron at the neck."
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["kitchen", "forged knife"],
        },
    },
    {
        "key": "du-brush-hook",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "dao-phat-can-dai", "en": "long-handled-brush-hook"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": [],
        "materials": ["iron", "wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Dài 110–140 cm",
        "weight_grams": 1200,
        "days_of_work": 1,
        "maker_share_percent": 76,
        "ocop": None,
        "photos": ["knife-machete"],
        "variants": [
            {
                "sku": "DU-DAOPHAT-110",
                "label": {"vi": "Cán 110 cm", "en": "110 cm handle"},
                "price": 380000,
                "stock": 3,
            },
            {
                "sku": "DU-DAOPHAT-140",
                "label": {"vi": "Cán 140 cm", "en": "140 cm handle"},
                "price": 420000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Dao phát cán dài",
            "summary": "Dao phát lưỡi móc, cán gỗ dài, để phát cỏ, dọn bờ rào.",
            "description": p(
                "Dao của mùa phát rẫy: lưỡi cong có mỏ móc, cán dài để đứng thẳng lưng mà "
                "phát. Cán dài quá khổ được giao riêng, khách tự tra."
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["dụng cụ", "làm vườn"],
        },
        "en": {
            "title": "Long-handled brush hook",
            "summary": "A hooked slashing blade on a long wooden handle, for grass and hedges.",
            "description": p(
                "The knife of the clearing season: a curved blade with a hooked tip and a long "
                "handle so you can work standing upright. Extra-long handles ship separately "
                "for you to fit."
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["tools", "garden"],
        },
    },
    {
        "key": "du-knife-set",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "bo-ba-dao-bep", "en": "three-knife-kitchen-set"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-drong"],
        "materials": ["iron", "wood", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Lưỡi 12, 18 và 20 cm",
        "weight_grams": 1200,
        "days_of_work": 3,
        "maker_share_percent": 74,
        "ocop": None,
        "photos": ["knife-machete-2", "knife-machete", "land-dawn"],
        "variants": [
            {
                "sku": "DU-BODAO-3",
                "label": {"vi": "Bộ 3 dao, bao đan mây", "en": "3 knives, rattan sleeve"},
                "price": 720000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Bộ ba dao bếp",
            "summary": "Dao thái, dao chặt và dao gọt rèn tay, đựng trong bao đan mây.",
            "description": p(
                "Bộ dao cho một căn bếp: dao thái 20 cm, dao chặt 18 cm, dao gọt 12 cm, cùng "
                "một mẻ rèn. Bao đựng do người đan trong làng làm từ mây.",
                "Món quà được nhiều khách đặt dịp Tết; nên đặt trước từ tháng Mười.",
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["nhà bếp", "quà tặng", "dao rèn"],
        },
        "en": {
            "title": "Three-knife kitchen set",
            "summary": "Hand-forged slicer, cleaver and paring knife in a woven rattan sleeve.",
            "description": p(
                "A set for one kitchen: a 20 cm slicer, an 18 cm cleaver and a 12 cm paring "
                "knife from the same firing. The sleeve is woven from rattan by a village "
                "basket maker.",
                "A popular Tết gift; order from October.",
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["kitchen", "gift", "forged knife"],
        },
    },
    {
        "key": "du-sheath-knife",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "dao-nho-bao-go", "en": "small-knife-wooden-sheath"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": [],
        "materials": ["iron", "wood", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Dài 24 cm",
        "weight_grams": 250,
        "days_of_work": 1,
        "maker_share_percent": 72,
        "ocop": None,
        "photos": ["knife-machete"],
        "variants": [
            {
                "sku": "DU-DAOBAO",
                "label": {"vi": "Bao gỗ buộc mây", "en": "Rattan-bound wooden sheath"},
                "price": 280000,
                "stock": 6,
            },
        ],
        "vi": {
            "title": "Dao nhỏ bao gỗ",
            "summary": "Dao nhỏ đeo hông, bao gỗ hai mảnh buộc mây.",
            "description": p(
                "Con dao người đi rừng đeo bên hông, dùng cắt dây, vót que. Bao làm từ hai "
                "mảnh gỗ khoét lòng, buộc lại bằng mây."
            ),
            "technique": FORGED["vi"],
            "care": BLADE_CARE["vi"],
            "tags": ["dụng cụ", "quà tặng"],
        },
        "en": {
            "title": "Small knife with wooden sheath",
            "summary": "A small belt knife in a two-piece wooden sheath bound with rattan.",
            "description": p(
                "The knife carried at the hip in the forest, for cutting cord and whittling. "
                "The sheath is two hollowed pieces of wood tied with rattan."
            ),
            "technique": FORGED["en"],
            "care": BLADE_CARE["en"],
            "tags": ["tools", "gift"],
        },
    },
    {
        "key": "du-key-ring",
        "cooperative": "dak-ui-forge",
        "slug": {"vi": "moc-khoa-xa-gac-mini", "en": "mini-machete-key-ring"},
        "craft": "blacksmithing",
        "group": "xo-dang",
        "village": None,
        "makers": [],
        "materials": ["iron", "wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Dài 9 cm",
        "weight_grams": 25,
        "days_of_work": None,
        "maker_share_percent": 70,
        "ocop": None,
        "photos": ["knife-machete-2"],
        "variants": [
            {
                "sku": "DU-MOCKHOA",
                "label": {"vi": "1 chiếc", "en": "Single"},
                "price": 55000,
                "stock": 30,
            },
        ],
        "vi": {
            "title": "Móc khoá xà gạc mini",
            "summary": "Xà gạc tí hon rèn từ sắt vụn của lò, lưỡi không mài sắc.",
            "description": p(
                "Những mẩu sắt thừa được rèn thành xà gạc tí hon, cán gỗ nhỏ. Lưỡi để cùn, "
                "chỉ làm vật kỷ niệm; người học rèn thường làm món này đầu tiên."
            ),
            "technique": FORGED["vi"],
            "care": "Lau khô, thoa chút dầu nếu thấy gỉ.",
            "tags": ["lưu niệm", "quà tặng"],
        },
        "en": {
            "title": "Mini machete key ring",
            "summary": "A tiny machete forged from the forge's offcuts, blade left blunt.",
            "description": p(
                "Offcuts of iron are forged into tiny machetes with small wooden handles. The "
                "blade is left blunt, a keepsake only; smithing learners often make these "
                "first."
            ),
            "technique": FORGED["en"],
            "care": "Wipe dry; a drop of oil if rust appears.",
            "tags": ["souvenir", "gift"],
        },
    },
    # -------------------------------------------------------- Vi Rơ Ngheo crafts (Xơ Đăng)
    {
        "key": "vrn-crossbow-large",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "no-trung-bay-co-lon", "en": "large-display-crossbow"},
        "craft": "crossbows",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-vong"],
        "materials": ["wood", "bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "110 × 95 cm",
        "weight_grams": 1800,
        "days_of_work": 7,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["crossbow", "crossbow-2", "land-dawn-2"],
        "variants": [
            {
                "sku": "VRN-NO-110",
                "label": {"vi": "Dài 110 cm", "en": "110 cm"},
                "price": 1900000,
                "stock": 2,
            },
        ],
        "vi": {
            "title": "Nỏ trưng bày cỡ lớn",
            "summary": "Nỏ cỡ thật do A Vơng làm: thân gỗ cứng, cánh gỗ dẻo vót đều hai bên.",
            "description": p(
                "A Vơng làm nỏ theo cách cha ông dạy: thân bằng gỗ cứng, cánh bằng gỗ dẻo, "
                "vót cho hai bên đều nhau, mỗi cây bắn thử nhiều lần trước khi giao.",
                "Nỏ bán để trưng bày: giao kèm dây chưa lắp và một mũi tên tre không vót nhọn.",
            ),
            "technique": "Đẽo thân gỗ cứng, vót cánh gỗ dẻo, se dây bằng sợi vỏ cây",
            "care": CROSSBOW_CARE["vi"],
            "tags": ["trang trí nhà", "nỏ", "hàng cồng kềnh"],
        },
        "en": {
            "title": "Large display crossbow",
            "summary": "A full-size crossbow by A Vơng: hardwood stock, springy bow shaved evenly.",
            "description": p(
                "A Vơng makes crossbows the way his father taught him: a hardwood stock and a "
                "springy bow shaved evenly on both sides, each one shot many times before it "
                "leaves.",
                "Sold for display: delivered with the string unfitted and one blunt bamboo arrow.",
            ),
            "technique": "Hardwood stock, springy bow shaved by hand, bark-fibre string",
            "care": CROSSBOW_CARE["en"],
            "tags": ["home decor", "crossbow", "bulky"],
        },
    },
    {
        "key": "vrn-crossbow-small",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "no-nho-luu-niem", "en": "small-keepsake-crossbow"},
        "craft": "crossbows",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-vong"],
        "materials": ["wood", "bamboo"],
        "motif": None,
        "making": "handmade",
        "dimensions": "45 × 40 cm",
        "weight_grams": 450,
        "days_of_work": 2,
        "maker_share_percent": 78,
        "ocop": None,
        "photos": ["crossbow-2"],
        "variants": [
            {
                "sku": "VRN-NO-45",
                "label": {"vi": "Dài 45 cm", "en": "45 cm"},
                "price": 380000,
                "stock": 8,
            },
        ],
        "vi": {
            "title": "Nỏ nhỏ lưu niệm",
            "summary": "Nỏ thu nhỏ đủ các bộ phận, để treo tường hoặc bày kệ.",
            "description": p(
                "Cùng cách làm với nỏ lớn nhưng thu nhỏ, dây nỏ chỉ để trang trí. Món quà "
                "khách ở homestay Vi Rơ Ngheo hay mua mang về."
            ),
            "technique": "Đẽo và vót tay từ gỗ và tre",
            "care": CROSSBOW_CARE["vi"],
            "tags": ["lưu niệm", "quà tặng", "nỏ"],
        },
        "en": {
            "title": "Small keepsake crossbow",
            "summary": "A miniature crossbow with every part, for a wall or a shelf.",
            "description": p(
                "Made like the large crossbow but scaled down, its string only for show. A "
                "favourite keepsake of guests at the Vi Rơ Ngheo homestays."
            ),
            "technique": "Carved and shaved by hand from wood and bamboo",
            "care": CROSSBOW_CARE["en"],
            "tags": ["souvenir", "gift", "crossbow"],
        },
    },
    {
        "key": "vrn-quiver",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "ong-dung-ten", "en": "bamboo-quiver"},
        "craft": "crossbows",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-vong"],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 8 × 50 cm",
        "weight_grams": 300,
        "days_of_work": 2,
        "maker_share_percent": 78,
        "ocop": None,
        "photos": ["crossbow", "basket-dark-steps"],
        "variants": [
            {
                "sku": "VRN-ONGTEN",
                "label": {"vi": "Ống tre, nắp đan mây", "en": "Bamboo, rattan lid"},
                "price": 280000,
                "stock": 5,
            },
        ],
        "vi": {
            "title": "Ống đựng tên",
            "summary": "Ống tre có nắp đan mây và dây đeo, đi kèm bộ nỏ trưng bày.",
            "description": p(
                "Ngày trước người đi săn đeo ống tên bên hông; nay ống được treo cạnh nỏ cho "
                "đủ bộ. Giao ống rỗng, không kèm tên."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["trang trí nhà", "nỏ"],
        },
        "en": {
            "title": "Bamboo quiver",
            "summary": "A bamboo tube with a woven rattan lid and a strap, to go with a crossbow.",
            "description": p(
                "Hunters once wore the quiver at the hip; now it hangs beside a crossbow to "
                "complete the set. Sold empty, without arrows."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["home decor", "crossbow"],
        },
    },
    {
        "key": "vrn-scarf",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "khan-tho-cam-vi-ro-ngheo", "en": "vi-ro-ngheo-brocade-scarf"},
        "craft": "brocade",
        "group": "xo-dang",
        "village": None,
        "makers": ["y-hmui"],
        "materials": ["cotton", "indigo"],
        "motif": "human-figure",
        "making": "handwoven",
        "dimensions": "35 × 170 cm",
        "weight_grams": 220,
        "days_of_work": 5,
        "maker_share_percent": 72,
        "ocop": ocop(3, 876, "14/8/2023", "Kon Tum", -107),
        "photos": ["scarf-indigo", "brocade-navy-zigzag"],
        "variants": [
            {
                "sku": "VRN-KHAN-CHAM",
                "label": {"vi": "Nền chàm", "en": "Indigo ground"},
                "price": 380000,
                "stock": 5,
            },
            {
                "sku": "VRN-KHAN-DEN",
                "label": {"vi": "Nền đen", "en": "Black ground"},
                "price": 380000,
                "stock": 1,
            },
        ],
        "vi": {
            "title": "Khăn thổ cẩm Vi Rơ Ngheo",
            "summary": "Khăn dệt tay nền chàm, hàng hình người nắm tay như vòng xoang.",
            "description": p(
                "Y Hmui chụp ảnh từng tấm khăn và ghi tên người dệt, tên hoa văn, để người mua "
                "biết ai làm ra món đồ. Hàng hình người nắm tay nhau thường được kể là vòng "
                "xoang ngày hội."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["quà tặng", "khăn quàng"],
        },
        "en": {
            "title": "Vi Rơ Ngheo brocade scarf",
            "summary": "A hand-woven indigo scarf with rows of figures holding hands.",
            "description": p(
                "Y Hmui photographs every scarf and notes the weaver and the pattern, so "
                "buyers know who made it. The rows of figures holding hands are often "
                "described as the xoang dance circle at a festival."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["gift", "scarf"],
        },
    },
    {
        "key": "vrn-shoulder-bag",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "tui-tho-cam-deo-vai", "en": "brocade-shoulder-bag"},
        "craft": "brocade",
        "group": "xo-dang",
        "village": None,
        "makers": ["y-hmui"],
        "materials": ["cotton"],
        "motif": "zigzag",
        "making": "handwoven",
        "dimensions": "32 × 30 cm",
        "weight_grams": 350,
        "days_of_work": 4,
        "maker_share_percent": 68,
        "ocop": None,
        "photos": ["brocade-navy-zigzag", "scarf-black"],
        "variants": [
            {
                "sku": "VRN-TUI-VAI",
                "label": {"vi": "Nền xanh đen", "en": "Navy"},
                "price": 360000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Túi thổ cẩm đeo vai",
            "summary": "Túi vải dệt tay nền xanh đen, dải răng cưa xanh lục và trắng.",
            "description": p(
                "Y Hmui dệt vải và may túi, nhận đơn qua điện thoại cho cả tổ dệt. Túi có nắp "
                "gập, quai dệt liền, lót vải bông."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["phụ kiện", "túi"],
        },
        "en": {
            "title": "Brocade shoulder bag",
            "summary": "A navy hand-woven bag with a green and white zigzag band.",
            "description": p(
                "Y Hmui weaves the cloth and sews the bags, and takes orders by phone for the "
                "whole weaving group. Fold-over flap, woven strap, cotton lining."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["accessories", "bag"],
        },
    },
    {
        "key": "vrn-kon-pring-runner",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "khan-trai-ban-kon-pring", "en": "kon-pring-table-runner"},
        "craft": "brocade",
        "group": "xo-dang",
        "village": "kon-pring",
        "makers": [],
        "materials": ["cotton", "forest-dyes"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "35 × 180 cm",
        "weight_grams": 330,
        "days_of_work": 6,
        "maker_share_percent": 70,
        "ocop": None,
        "photos": ["brocade-red-band", "land-dawn-2"],
        "variants": [
            {
                "sku": "VRN-KP-TRAIBAN",
                "label": {"vi": "35 × 180 cm", "en": "35 × 180 cm"},
                "price": 450000,
                "stock": 4,
            },
        ],
        "vi": {
            "title": "Khăn trải bàn Kon Pring",
            "summary": "Khăn trải bàn dệt ở làng Kon Pring gần Măng Đen, chuỗi hình thoi đỏ.",
            "description": p(
                "Các chị em làng Kon Pring, làng du lịch cộng đồng giữa rừng thông Măng Đen, "
                "gửi khăn qua tổ Vi Rơ Ngheo để bán. Chuỗi hình thoi trắng, vàng chạy trên "
                "nền đỏ cam."
            ),
            "technique": BACKSTRAP_DYED["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["trang trí nhà", "bàn ăn"],
        },
        "en": {
            "title": "Kon Pring table runner",
            "summary": "A runner woven in Kon Pring near Măng Đen, with chains of red diamonds.",
            "description": p(
                "The women of Kon Pring, a community-tourism village among the pines of Măng "
                "Đen, sell their weaving through the Vi Rơ Ngheo group. Chains of white and "
                "yellow diamonds run along an orange-red ground."
            ),
            "technique": BACKSTRAP_DYED["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["home decor", "table"],
        },
    },
    {
        "key": "vrn-kon-pring-shawl",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "khan-choang-kon-pring", "en": "kon-pring-shawl"},
        "craft": "brocade",
        "group": "xo-dang",
        "village": "kon-pring",
        "makers": [],
        "materials": ["cotton", "indigo"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "45 × 190 cm",
        "weight_grams": 300,
        "days_of_work": 7,
        "maker_share_percent": 72,
        "ocop": None,
        "photos": ["scarf-indigo"],
        "variants": [
            {
                "sku": "VRN-KP-KHAN-CHAM",
                "label": {"vi": "Nền chàm", "en": "Indigo"},
                "price": 480000,
                "stock": 0,
            },
            {
                "sku": "VRN-KP-KHAN-DEN",
                "label": {"vi": "Nền đen", "en": "Black"},
                "price": 480000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Khăn choàng Kon Pring",
            "summary": "Khăn choàng khổ rộng nền chàm, dệt ở làng Kon Pring.",
            "description": p(
                "Khăn khổ rộng, đủ ấm cho những tối se lạnh ở Măng Đen. Đã bán hết đợt này; "
                "đợt dệt mới dự kiến xong sau mùa mưa."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["khăn choàng", "quà tặng"],
        },
        "en": {
            "title": "Kon Pring shawl",
            "summary": "A wide indigo shawl woven in Kon Pring village.",
            "description": p(
                "A wide shawl, warm enough for the cool evenings of Măng Đen. This batch is "
                "sold out; the next should be woven after the rainy season."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["shawl", "gift"],
        },
    },
    {
        "key": "vrn-gui",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "gui-xo-dang", "en": "xo-dang-back-basket"},
        "craft": "basketry",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-vong"],
        "materials": ["bamboo", "rattan", "forest-dyes"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "45 × 45 × 70 cm",
        "weight_grams": 1200,
        "days_of_work": 3,
        "maker_share_percent": 78,
        "ocop": None,
        "photos": ["gui-white-diamonds", "basket-dark-zigzag"],
        "variants": [
            {
                "sku": "VRN-GUI-70",
                "label": {"vi": "Cao 70 cm", "en": "70 cm tall"},
                "price": 480000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Gùi Xơ Đăng",
            "summary": "Gùi đan lóng đôi, dải hình thoi trắng trên nền nan sẫm.",
            "description": p(
                "Ngoài làm nỏ, A Vơng đan gùi cho cả nhà và cho khách. Dải nan hun khói sẫm "
                "màu làm nổi những hình thoi trắng dưới miệng gùi."
            ),
            "technique": PLAITED_DYED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["gùi", "trang trí nhà"],
        },
        "en": {
            "title": "Xơ Đăng back basket",
            "summary": "A twill-plaited basket with white diamonds on a dark band.",
            "description": p(
                "Besides crossbows, A Vơng weaves baskets for his family and for visitors. A "
                "band of smoke-darkened strips sets off the white diamonds under the rim."
            ),
            "technique": PLAITED_DYED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["back basket", "home decor"],
        },
    },
    {
        "key": "vrn-lidded-basket",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "gio-co-nap", "en": "lidded-basket"},
        "craft": "basketry",
        "group": "xo-dang",
        "village": None,
        "makers": ["a-vong"],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 22 × 25 cm",
        "weight_grams": 300,
        "days_of_work": 2,
        "maker_share_percent": 76,
        "ocop": None,
        "photos": ["basket-dark-steps"],
        "variants": [
            {
                "sku": "VRN-GIO-NAP",
                "label": {"vi": "Cao 25 cm", "en": "25 cm tall"},
                "price": 200000,
                "stock": 6,
            },
        ],
        "vi": {
            "title": "Giỏ có nắp",
            "summary": "Giỏ tròn nắp chụp, để đựng hạt giống, len sợi hay đồ lặt vặt.",
            "description": p(
                "Người làng dùng giỏ này đựng hạt giống treo trên gác bếp cho khỏi mọt. Nắp "
                "chụp sâu, có quai mây để treo."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["đồ dùng", "trang trí nhà"],
        },
        "en": {
            "title": "Lidded basket",
            "summary": "A round basket with a deep lid, for seeds, yarn or odds and ends.",
            "description": p(
                "Villagers keep seed in these baskets hung above the hearth, out of reach of "
                "insects. The deep lid has a rattan loop for hanging."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["everyday", "home decor"],
        },
    },
    {
        "key": "vrn-mini-gui-key-ring",
        "cooperative": "vi-ro-ngheo-crafts",
        "slug": {"vi": "moc-khoa-gui-mini", "en": "mini-basket-key-ring"},
        "craft": "basketry",
        "group": "xo-dang",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "4 × 6 cm",
        "weight_grams": 10,
        "days_of_work": None,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["gui-white-diamonds-2"],
        "variants": [
            {
                "sku": "VRN-MOCKHOA-GUI",
                "label": {"vi": "1 chiếc", "en": "Single"},
                "price": 50000,
                "stock": 40,
            },
        ],
        "vi": {
            "title": "Móc khoá gùi mini",
            "summary": "Chiếc gùi tí hon đan nan mảnh, gắn vòng móc khoá.",
            "description": p(
                "Thanh niên học đan trong làng tập tay bằng những chiếc gùi tí hon này; mỗi "
                "chiếc chỉ cao chừng sáu phân."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["lưu niệm", "quà tặng"],
        },
        "en": {
            "title": "Mini basket key ring",
            "summary": "A tiny gùi of fine strips on a key ring.",
            "description": p(
                "Young people learning to weave in the village practise on these tiny "
                "baskets, each only about six centimetres tall."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["souvenir", "gift"],
        },
    },
    # ------------------------------------------------------------ Ia Chim carving (Gia Rai)
    {
        "key": "ic-seated-figure",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "tuong-nguoi-ngoi-30-cm", "en": "seated-figure-30-cm"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "12 × 12 × 30 cm",
        "weight_grams": 1400,
        "days_of_work": 3,
        "maker_share_percent": 82,
        "ocop": ocop(3, 2216, "28/11/2025", "Quảng Ngãi", 730),
        "photos": ["statue-dark", "statue-brown"],
        "variants": [
            {
                "sku": "IC-NGOI-30",
                "label": {"vi": "Cao 30 cm", "en": "30 cm tall"},
                "price": 850000,
                "stock": 5,
            },
        ],
        "vi": {
            "title": "Tượng người ngồi",
            "summary": "Tượng gỗ nhỏ theo dáng tượng nhà mồ Gia Rai, tạc mới để bán.",
            "description": p(
                "Rơ Lan Hmok chỉ dùng rìu, rựa và một cây đục nhỏ, để lại nguyên vết đẽo "
                "trên mặt gỗ. Dáng người ngồi, hai tay đặt trên gối, là dáng quen thuộc của "
                "tượng quanh nhà mồ.",
                "Tượng được tạc mới cho người mua, không lấy từ nhà mồ nào.",
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "trang trí nhà", "OCOP"],
        },
        "en": {
            "title": "Seated figure",
            "summary": "A small figure in the Gia Rai grave-house style, carved new for sale.",
            "description": p(
                "Rơ Lan Hmok works only with an axe, a machete and a small chisel, and leaves "
                "the tool marks on the wood. A figure seated with hands on the knees is a "
                "familiar pose among grave-house statues.",
                "Carved new for the buyer, never taken from a grave house.",
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "home decor", "OCOP"],
        },
    },
    {
        "key": "ic-grieving-figure",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "tuong-nguoi-ngoi-om-mat", "en": "grieving-figure"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "15 × 15 × 40 cm",
        "weight_grams": 2200,
        "days_of_work": 4,
        "maker_share_percent": 82,
        "ocop": None,
        "photos": ["statue-grey", "statue-dark"],
        "variants": [
            {
                "sku": "IC-OMMAT-40",
                "label": {"vi": "Cao 40 cm", "en": "40 cm tall"},
                "price": 1300000,
                "stock": 2,
            },
        ],
        "vi": {
            "title": "Tượng người ngồi ôm mặt",
            "summary": "Hình người ngồi ôm mặt, dáng tiếc thương quen thuộc của tượng nhà mồ.",
            "description": p(
                "Trong lễ bỏ mả, những tượng người ngồi ôm mặt đứng quanh nhà mồ như người ở "
                "lại tiễn người đi. Bản tạc này giữ dáng ấy, gỗ để mộc, không đánh bóng."
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "trang trí nhà"],
        },
        "en": {
            "title": "Grieving figure",
            "summary": "A seated figure, face in its hands: a mourning pose of grave statues.",
            "description": p(
                "At the grave-abandonment ceremony, figures seated with their faces in their "
                "hands stand round the grave house like those who stay behind. This carving "
                "keeps that pose; the wood is left bare, unpolished."
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "home decor"],
        },
    },
    {
        "key": "ic-rice-pounding",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "tuong-nguoi-gia-gao", "en": "woman-pounding-rice"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "18 × 18 × 50 cm",
        "weight_grams": 3500,
        "days_of_work": 6,
        "maker_share_percent": 82,
        "ocop": None,
        "photos": ["statue-brown"],
        "variants": [
            {
                "sku": "IC-GIAGAO-50",
                "label": {"vi": "Cao 50 cm", "en": "50 cm tall"},
                "price": 1900000,
                "stock": 2,
            },
        ],
        "vi": {
            "title": "Tượng người giã gạo",
            "summary": "Tượng người phụ nữ giã gạo, cảnh đời thường trong tượng nhà mồ.",
            "description": p(
                "Bên cạnh những dáng tiếc thương, tượng nhà mồ còn kể chuyện đời thường: giã "
                "gạo, gùi nước, đi săn. Chày và cối được tạc liền khối với người."
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "trang trí nhà"],
        },
        "en": {
            "title": "Woman pounding rice",
            "summary": "A woman pounding rice, a scene of daily life from grave-house statues.",
            "description": p(
                "Besides mourning figures, grave-house statues tell of daily life: pounding "
                "rice, carrying water, hunting. Pestle and mortar are carved in one piece "
                "with the figure."
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "home decor"],
        },
    },
    {
        "key": "ic-gong-player",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "tuong-nguoi-danh-chieng", "en": "gong-player"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "18 × 18 × 50 cm",
        "weight_grams": 3400,
        "days_of_work": 6,
        "maker_share_percent": 82,
        "ocop": None,
        "photos": ["statue-dark", "gong-beater"],
        "variants": [
            {
                "sku": "IC-CHIENG-50",
                "label": {"vi": "Cao 50 cm", "en": "50 cm tall"},
                "price": 2100000,
                "stock": 1,
            },
        ],
        "vi": {
            "title": "Tượng người đánh chiêng",
            "summary": "Hình người đàn ông ôm chiêng trước ngực, tạc từ một khúc gỗ.",
            "description": p(
                "Chiếc chiêng được tạc liền với hai tay người đánh, mặt chiêng có vòng tròn "
                "khắc nổi. Hợp đặt ở góc phòng khách hay sảnh homestay."
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "cồng chiêng"],
        },
        "en": {
            "title": "Gong player",
            "summary": "A man holding a gong to his chest, carved from a single log.",
            "description": p(
                "The gong is carved in one with the player's hands, its face marked with "
                "raised rings. A piece for a living room corner or a homestay lobby."
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "gongs"],
        },
    },
    {
        "key": "ic-mother-child",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "tuong-me-dia-con", "en": "mother-carrying-child"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Cao 30–45 cm",
        "weight_grams": 2600,
        "days_of_work": 5,
        "maker_share_percent": 82,
        "ocop": None,
        "photos": ["statue-brown", "statue-grey"],
        "variants": [
            {
                "sku": "IC-MEDIU-45",
                "label": {"vi": "Cao 45 cm", "en": "45 cm tall"},
                "price": 1800000,
                "stock": 0,
            },
            {
                "sku": "IC-MEDIU-30",
                "label": {"vi": "Cao 30 cm", "en": "30 cm tall"},
                "price": 900000,
                "stock": 2,
            },
        ],
        "vi": {
            "title": "Tượng mẹ địu con",
            "summary": "Người mẹ địu con sau lưng, một đề tài quen thuộc của tượng gỗ Gia Rai.",
            "description": p(
                "Tấm địu được tạc thành những nét vạch chéo trên lưng người mẹ, đứa trẻ tựa "
                "đầu vào vai. Cỡ 45 cm đã hết, nhận đặt làm trong khoảng một tháng rưỡi."
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "quà tặng"],
        },
        "en": {
            "title": "Mother carrying her child",
            "summary": "A mother with her child in a sling, a familiar theme of Gia Rai carving.",
            "description": p(
                "The sling is cut as crossed lines on the mother's back, the child resting its "
                "head on her shoulder. The 45 cm size is sold out; made to order in about six "
                "weeks."
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "gift"],
        },
    },
    {
        "key": "ic-large-statue",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "tuong-go-lon-dat-lam", "en": "large-statue-to-order"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Cao 120–150 cm",
        "weight_grams": 18000,
        "days_of_work": 20,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["statue-grey", "statue-dark", "land-dawn"],
        "variants": [
            {
                "sku": "IC-LON-120",
                "label": {"vi": "Cao 120 cm", "en": "120 cm tall"},
                "price": 9500000,
                "stock": 1,
            },
            {
                "sku": "IC-LON-150",
                "label": {"vi": "Cao 150 cm, đặt làm", "en": "150 cm, made to order"},
                "price": 12500000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Tượng gỗ lớn",
            "summary": "Tượng người đứng cỡ lớn cho sân vườn, sảnh khách sạn hay nhà cộng đồng.",
            "description": p(
                "Tượng lớn được tạc từ một thân gỗ nguyên, mất khoảng ba tuần. Khách có thể "
                "chọn dáng tượng khi đặt; nghệ nhân sẽ gửi ảnh từng giai đoạn đẽo.",
                "Hàng nặng, giao bằng xe tải; phí vận chuyển báo riêng.",
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "đặt làm", "hàng cồng kềnh"],
        },
        "en": {
            "title": "Large wooden statue",
            "summary": "A large standing figure for a garden, a hotel lobby or a community house.",
            "description": p(
                "Large statues are carved from one whole trunk and take about three weeks. "
                "Buyers may choose the pose when ordering; the carver sends photos at each "
                "stage.",
                "Heavy: delivered by truck, with the shipping cost quoted separately.",
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "made to order", "bulky"],
        },
    },
    {
        "key": "ic-couple",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "cap-tuong-nam-nu", "en": "carved-couple"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Hai tượng, mỗi tượng cao 40 cm",
        "weight_grams": 4200,
        "days_of_work": 7,
        "maker_share_percent": 82,
        "ocop": None,
        "photos": ["statue-dark", "statue-brown"],
        "variants": [
            {
                "sku": "IC-DOI-40",
                "label": {"vi": "Một cặp, cao 40 cm", "en": "Pair, 40 cm tall"},
                "price": 2400000,
                "stock": 1,
            },
        ],
        "vi": {
            "title": "Cặp tượng nam nữ",
            "summary": "Đôi tượng nam và nữ đứng cạnh nhau, đề tài sinh sôi của tượng nhà mồ.",
            "description": p(
                "Tượng đôi nam nữ là lời cầu mong sự sinh sôi, nối dõi, thường gặp quanh nhà "
                "mồ Tây Nguyên. Hai tượng tạc từ cùng một khúc gỗ nên màu gỗ giống nhau."
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "quà tặng"],
        },
        "en": {
            "title": "Carved couple",
            "summary": "A man and a woman side by side, a fertility theme of grave statues.",
            "description": p(
                "Couples are a wish for new life and for the family line, often seen around "
                "Central Highlands grave houses. Both are cut from the same log, so the wood "
                "matches."
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "gift"],
        },
    },
    {
        "key": "ic-mini-set",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "bo-ba-tuong-nho", "en": "set-of-three-small-figures"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": ["ro-lan-hmok"],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Cao 15 cm",
        "weight_grams": 900,
        "days_of_work": 3,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["statue-grey"],
        "variants": [
            {
                "sku": "IC-BO3-15",
                "label": {"vi": "Bộ 3 tượng, cao 15 cm", "en": "Set of 3, 15 cm tall"},
                "price": 650000,
                "stock": 4,
            },
        ],
        "vi": {
            "title": "Bộ ba tượng nhỏ",
            "summary": "Ba tượng nhỏ đứng, ngồi, ôm mặt, để bàn làm việc hoặc kệ sách.",
            "description": p(
                "Ba dáng tượng quen thuộc thu nhỏ: người đứng, người ngồi và người ngồi ôm "
                "mặt. Mỗi bộ khác nhau một chút theo thớ gỗ."
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["tượng gỗ", "quà tặng"],
        },
        "en": {
            "title": "Set of three small figures",
            "summary": "Three small figures, standing, seated and grieving, for a desk or a shelf.",
            "description": p(
                "Three familiar poses in miniature: standing, seated and seated with the face "
                "in the hands. Each set differs a little with the grain of the wood."
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["wood carving", "gift"],
        },
    },
    {
        "key": "ic-key-ring",
        "cooperative": "ia-chim-carvers",
        "slug": {"vi": "moc-khoa-tuong-go", "en": "carved-figure-key-ring"},
        "craft": "statues",
        "group": "gia-rai",
        "village": None,
        "makers": [],
        "materials": ["wood"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Cao 6 cm",
        "weight_grams": 20,
        "days_of_work": None,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["statue-brown"],
        "variants": [
            {
                "sku": "IC-MOCKHOA",
                "label": {"vi": "1 chiếc", "en": "Single"},
                "price": 70000,
                "stock": 25,
            },
        ],
        "vi": {
            "title": "Móc khoá tượng gỗ",
            "summary": "Tượng người tí hon đẽo tay, gắn dây móc khoá.",
            "description": p(
                "Hai người học nghề của hộ tạc những tượng tí hon này từ gỗ vụn, tập tay trước "
                "khi được đẽo tượng lớn."
            ),
            "technique": CARVED["vi"],
            "care": WOOD_CARE["vi"],
            "tags": ["lưu niệm", "quà tặng"],
        },
        "en": {
            "title": "Carved figure key ring",
            "summary": "A tiny hand-carved figure on a key ring.",
            "description": p(
                "The household's two apprentices carve these tiny figures from offcuts, "
                "practising before they may work on large statues."
            ),
            "technique": CARVED["en"],
            "care": WOOD_CARE["en"],
            "tags": ["souvenir", "gift"],
        },
    },
    # ---------------------------------------------------------------- Le village (Rơ Măm)
    {
        "key": "lle-handspun-cloth",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "vai-det-soi-bong-keo-tay", "en": "hand-spun-cotton-cloth"},
        "craft": "brocade",
        "group": "ro-mam",
        "village": None,
        "makers": [],
        "materials": ["cotton", "indigo", "forest-dyes"],
        "motif": "zigzag",
        "making": "handwoven",
        "dimensions": "40 × 200 cm",
        "weight_grams": 450,
        "days_of_work": 25,
        "maker_share_percent": 78,
        "ocop": ocop(3, 688, "19/6/2024", "Kon Tum", 202),
        "photos": ["scarf-indigo", "brocade-navy-zigzag"],
        "variants": [
            {
                "sku": "LLE-VAI-BONG",
                "label": {"vi": "Tấm 40 × 200 cm", "en": "40 × 200 cm piece"},
                "price": 1650000,
                "stock": 2,
            },
        ],
        "vi": {
            "title": "Vải dệt sợi bông kéo tay",
            "summary": "Tấm vải Rơ Măm dệt từ sợi bông kéo tay, nhuộm chàm và lá rừng.",
            "description": p(
                "Người Rơ Măm ở làng Le vẫn nhớ thời hái bông, kéo sợi để dệt. Một vài chị "
                "trong tổ giữ lại cách làm ấy: kéo sợi bằng tay, nhuộm chàm và vỏ cây, rồi "
                "dệt trên khung đeo lưng.",
                "Sợi kéo tay không đều như sợi mua, nên mặt vải có độ gồ nhẹ rất riêng.",
            ),
            "technique": "Kéo sợi bông bằng tay, nhuộm chàm và vỏ cây, dệt khung dệt đeo lưng",
            "care": BROCADE_CARE["vi"],
            "tags": ["vải", "nhuộm tự nhiên", "hàng hiếm", "OCOP"],
        },
        "en": {
            "title": "Hand-spun cotton cloth",
            "summary": "Rơ Măm cloth woven from hand-spun cotton dyed with indigo and leaves.",
            "description": p(
                "The Rơ Măm of Le village still remember picking cotton and spinning it for "
                "the loom. A few women of the group keep that way: they spin by hand, dye with "
                "indigo and bark, and weave on the backstrap loom.",
                "Hand-spun yarn is less even than bought yarn, which gives the cloth a gently "
                "textured surface of its own.",
            ),
            "technique": "Hand-spun cotton, indigo and bark dyes, backstrap loom",
            "care": BROCADE_CARE["en"],
            "tags": ["fabric", "natural dyes", "rare", "OCOP"],
        },
    },
    {
        "key": "lle-scarf",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "khan-ro-mam-soc-do", "en": "ro-mam-striped-scarf"},
        "craft": "brocade",
        "group": "ro-mam",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "rice-grain",
        "making": "handwoven",
        "dimensions": "30 × 160 cm",
        "weight_grams": 200,
        "days_of_work": 4,
        "maker_share_percent": 72,
        "ocop": None,
        "photos": ["scarf-red-black", "brocade-zigzag"],
        "variants": [
            {
                "sku": "LLE-KHAN-DO",
                "label": {"vi": "Sọc đỏ trên nền đen", "en": "Red stripes on black"},
                "price": 320000,
                "stock": 7,
            },
        ],
        "vi": {
            "title": "Khăn Rơ Măm sọc đỏ",
            "summary": "Khăn dệt tay nền đen, sọc đỏ và hàng hạt lúa nhỏ.",
            "description": p(
                "Khăn của các chị trong tổ dệt làng Le, nền đen xen sọc đỏ và những hàng hình "
                "nhỏ như hạt lúa. Mỗi chiếc khăn bán ra giúp một nghề dệt của dân tộc chỉ vài "
                "trăm người có thêm người theo."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["quà tặng", "khăn quàng"],
        },
        "en": {
            "title": "Rơ Măm striped scarf",
            "summary": "A hand-woven black scarf with red stripes and rows of rice grains.",
            "description": p(
                "Woven by the women of the Le village group: black ground, red stripes and "
                "rows of small rice-grain shapes. Each sale helps the weaving of a people of "
                "only a few hundred keep new hands."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["gift", "scarf"],
        },
    },
    {
        "key": "lle-skirt",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "vay-ro-mam", "en": "ro-mam-skirt"},
        "craft": "brocade",
        "group": "ro-mam",
        "village": None,
        "makers": [],
        "materials": ["cotton", "indigo"],
        "motif": "rhombus",
        "making": "handwoven",
        "dimensions": "90 × 140 cm",
        "weight_grams": 650,
        "days_of_work": 18,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["scarf-black", "brocade-diamonds"],
        "variants": [
            {
                "sku": "LLE-VAY",
                "label": {"vi": "Nền đen, hoa văn đỏ trắng", "en": "Black, red and white"},
                "price": 2100000,
                "stock": 1,
            },
        ],
        "vi": {
            "title": "Váy Rơ Măm",
            "summary": "Váy quấn dệt tay của phụ nữ Rơ Măm, dải hình thoi ở gấu.",
            "description": p(
                "Váy dệt trong gần ba tuần, hai khổ vải ghép lại bằng đường khâu tay. Dải hình "
                "thoi đỏ trắng ở gấu váy là mẫu các chị trong làng Le vẫn dệt cho ngày hội."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["trang phục", "hàng hiếm"],
        },
        "en": {
            "title": "Rơ Măm skirt",
            "summary": "A hand-woven Rơ Măm wrap skirt with a band of diamonds at the hem.",
            "description": p(
                "Nearly three weeks of weaving, two lengths joined with hand stitching. The "
                "red and white diamonds at the hem are the pattern the women of Le village "
                "still weave for festival days."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["clothing", "rare"],
        },
    },
    {
        "key": "lle-belt",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "day-lung-det-tay", "en": "hand-woven-belt"},
        "craft": "brocade",
        "group": "ro-mam",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": "zigzag",
        "making": "handwoven",
        "dimensions": "8 × 220 cm",
        "weight_grams": 90,
        "days_of_work": 2,
        "maker_share_percent": 72,
        "ocop": None,
        "photos": ["brocade-zigzag"],
        "variants": [
            {
                "sku": "LLE-DAYLUNG",
                "label": {"vi": "Dài 220 cm", "en": "220 cm long"},
                "price": 160000,
                "stock": 9,
            },
        ],
        "vi": {
            "title": "Dây lưng dệt tay",
            "summary": "Dải dệt hẹp để thắt váy, hai đầu có tua.",
            "description": p(
                "Dây lưng quấn hai vòng quanh eo để giữ váy, hai đầu thả tua. Nhiều khách dùng "
                "làm dây buộc rèm hoặc quai túi."
            ),
            "technique": BACKSTRAP["vi"],
            "care": BROCADE_CARE["vi"],
            "tags": ["phụ kiện", "trang phục"],
        },
        "en": {
            "title": "Hand-woven belt",
            "summary": "A narrow woven band to tie a skirt, with fringed ends.",
            "description": p(
                "Wound twice round the waist to hold a skirt, ends hanging in fringes. Many "
                "buyers use it as a curtain tie or a bag strap."
            ),
            "technique": BACKSTRAP["en"],
            "care": BROCADE_CARE["en"],
            "tags": ["accessories", "clothing"],
        },
    },
    {
        "key": "lle-drawstring-pouch",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "tui-day-rut-nho", "en": "small-drawstring-pouch"},
        "craft": "brocade",
        "group": "ro-mam",
        "village": None,
        "makers": [],
        "materials": ["cotton"],
        "motif": None,
        "making": "handwoven",
        "dimensions": "15 × 18 cm",
        "weight_grams": 60,
        "days_of_work": 1,
        "maker_share_percent": 68,
        "ocop": None,
        "photos": ["brocade-stars"],
        "variants": [
            {
                "sku": "LLE-TUI-RUT",
                "label": {"vi": "Màu ngẫu nhiên", "en": "Assorted colours"},
                "price": 140000,
                "stock": 10,
            },
        ],
        "vi": {
            "title": "Túi dây rút nhỏ",
            "summary": "Túi vải dệt nhỏ, dây rút, để đựng quà hay đồ trang sức.",
            "description": p(
                "May từ những khúc vải dệt ngắn, mỗi túi một đoạn hoa văn khác. Dây rút cũng "
                "dệt tay."
            ),
            "technique": SEWN["vi"],
            "care": BAG_CARE["vi"],
            "tags": ["phụ kiện", "quà tặng"],
        },
        "en": {
            "title": "Small drawstring pouch",
            "summary": "A small woven pouch with a drawstring, for gifts or jewellery.",
            "description": p(
                "Sewn from short lengths of woven cloth, so each shows a different stretch of "
                "pattern. The drawstring is hand-woven too."
            ),
            "technique": SEWN["en"],
            "care": BAG_CARE["en"],
            "tags": ["accessories", "gift"],
        },
    },
    {
        "key": "lle-gui",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "gui-ro-mam", "en": "ro-mam-back-basket"},
        "craft": "basketry",
        "group": "ro-mam",
        "village": None,
        "makers": ["a-loi"],
        "materials": ["bamboo", "rattan", "forest-dyes"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "45 × 45 × 70 cm",
        "weight_grams": 1200,
        "days_of_work": 3,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["gui-red-band", "basket-red-diagonal"],
        "variants": [
            {
                "sku": "LLE-GUI-70",
                "label": {"vi": "Cao 70 cm", "en": "70 cm tall"},
                "price": 500000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Gùi Rơ Măm",
            "summary": "Gùi đan theo mẫu gùi cũ A Lơi giữ lại từ đời cha.",
            "description": p(
                "A Lơi giữ những chiếc gùi cũ của cha làm mẫu để lớp trẻ nhìn mà làm theo. "
                "Chiếc gùi này đan theo mẫu ấy, nan nhuộm đỏ xen trong thân gùi."
            ),
            "technique": PLAITED_DYED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["gùi", "trang trí nhà", "hàng hiếm"],
        },
        "en": {
            "title": "Rơ Măm back basket",
            "summary": "A gùi woven after the old baskets A Lơi keeps from his father.",
            "description": p(
                "A Lơi keeps his father's old baskets as models for the young to copy. This "
                "one follows them, with red-dyed strips woven into the body."
            ),
            "technique": PLAITED_DYED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["back basket", "home decor", "rare"],
        },
    },
    {
        "key": "lle-fish-basket",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "gio-bat-ca", "en": "fishing-basket"},
        "craft": "basketry",
        "group": "ro-mam",
        "village": None,
        "makers": ["a-loi"],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "25 × 25 × 40 cm",
        "weight_grams": 400,
        "days_of_work": 2,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["basket-red-herringbone"],
        "variants": [
            {
                "sku": "LLE-GIO-CA",
                "label": {"vi": "Cao 40 cm", "en": "40 cm tall"},
                "price": 220000,
                "stock": 4,
            },
        ],
        "vi": {
            "title": "Giỏ bắt cá",
            "summary": "Giỏ đan thưa, miệng có hom, như giỏ người làng Le dùng bắt cá suối.",
            "description": p(
                "Miệng giỏ có hom nan để cá vào được mà không ra được. Giỏ do A Lơi đan, thưa "
                "và nhẹ; treo tường hay làm chụp đèn đều đẹp."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["trang trí nhà", "đồ dùng"],
        },
        "en": {
            "title": "Fishing basket",
            "summary": "An open-weave basket with a funnel mouth, like those used in Le's streams.",
            "description": p(
                "A funnel of strips in the mouth lets fish in but not out. Woven by A Lơi, "
                "open and light; it looks good on a wall or as a lampshade."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["home decor", "everyday"],
        },
    },
    {
        "key": "lle-winnowing-tray",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "nia-ro-mam", "en": "ro-mam-winnowing-tray"},
        "craft": "basketry",
        "group": "ro-mam",
        "village": None,
        "makers": ["a-loi"],
        "materials": ["bamboo", "rattan"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "Ø 65 cm",
        "weight_grams": 700,
        "days_of_work": 2,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["basket-red-diagonal"],
        "variants": [
            {
                "sku": "LLE-NIA-65",
                "label": {"vi": "Ø 65 cm", "en": "Ø 65 cm"},
                "price": 180000,
                "stock": 5,
            },
        ],
        "vi": {
            "title": "Nia Rơ Măm",
            "summary": "Nia tròn đan lóng đôi, điểm nan nhuộm đỏ.",
            "description": p(
                "Nia sảy gạo của làng Le, mặt đan sít, vành cật tre buộc mây. Những nan nhuộm "
                "đỏ xếp thành đường chéo trên mặt nia."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["nhà bếp", "trang trí nhà"],
        },
        "en": {
            "title": "Rơ Măm winnowing tray",
            "summary": "A round twill-plaited tray dotted with red-dyed strips.",
            "description": p(
                "The rice-winnowing tray of Le village, tightly plaited, its bamboo rim bound "
                "with rattan. Red-dyed strips run in diagonals across the face."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["kitchen", "home decor"],
        },
    },
    {
        "key": "lle-rice-box",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "hop-com-nap-day", "en": "lidded-rice-box"},
        "craft": "basketry",
        "group": "ro-mam",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "12 × 12 × 16 cm",
        "weight_grams": 220,
        "days_of_work": 1,
        "maker_share_percent": 76,
        "ocop": None,
        "photos": ["basket-red-herringbone"],
        "variants": [
            {
                "sku": "LLE-HOPCOM-NHO",
                "label": {"vi": "Cỡ nhỏ", "en": "Small"},
                "price": 150000,
                "stock": 0,
            },
            {
                "sku": "LLE-HOPCOM-LON",
                "label": {"vi": "Cỡ lớn, có dây đeo", "en": "Large, with strap"},
                "price": 190000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Hộp cơm nắp đậy",
            "summary": "Hộp đựng cơm đan hai lớp, nắp chụp, mang lên rẫy.",
            "description": p(
                "Hộp cơm của người đi rẫy, đan hai lớp nan cho cơm giữ ấm. Cỡ lớn có dây đeo "
                "vắt vai."
            ),
            "technique": PLAITED["vi"],
            "care": FOOD_BASKET_CARE["vi"],
            "tags": ["nhà bếp", "đồ dùng"],
        },
        "en": {
            "title": "Lidded rice box",
            "summary": "A double-walled woven rice box with a lid, for a day in the fields.",
            "description": p(
                "The farmer's lunch box, two layers of strips to keep the rice warm. The large "
                "size has a shoulder strap."
            ),
            "technique": PLAITED["en"],
            "care": FOOD_BASKET_CARE["en"],
            "tags": ["kitchen", "everyday"],
        },
    },
    {
        "key": "lle-child-gui",
        "cooperative": "lang-le-weavers",
        "slug": {"vi": "gui-nho-cho-tre-em", "en": "child-size-back-basket"},
        "craft": "basketry",
        "group": "ro-mam",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "30 × 30 × 40 cm",
        "weight_grams": 450,
        "days_of_work": 2,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["gui-white-diamonds-2"],
        "variants": [
            {
                "sku": "LLE-GUI-TRE",
                "label": {"vi": "Cao 40 cm", "en": "40 cm tall"},
                "price": 260000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Gùi nhỏ cho trẻ em",
            "summary": "Gùi cỡ nhỏ như gùi trẻ em làng Le đeo theo cha mẹ lên rẫy.",
            "description": p(
                "Trẻ em trong làng có chiếc gùi nhỏ của riêng mình từ khi biết đi theo cha mẹ "
                "lên rẫy. Gùi do những người trẻ trong tổ đan, đủ quai đeo bằng mây."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["gùi", "trẻ em", "quà tặng"],
        },
        "en": {
            "title": "Child-size back basket",
            "summary": "A small gùi like those Le children carry when they follow their parents.",
            "description": p(
                "Children in the village have a small basket of their own once they are old "
                "enough to follow their parents to the fields. Woven by the group's young "
                "makers, with rattan straps."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["back basket", "children", "gift"],
        },
    },
    # ------------------------------------------------------------------ Đăk Mế (Brâu)
    {
        "key": "dme-jar-wine-3l",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "ruou-can-brau-che-3-lit", "en": "brau-rice-wine-3-litres"},
        "craft": "rice-wine",
        "group": "brau",
        "village": None,
        "makers": ["y-tring"],
        "materials": ["rice", "leaf-yeast"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 22 × 26 cm",
        "weight_grams": 4500,
        "days_of_work": None,
        "maker_share_percent": 62,
        "ocop": None,
        "photos": ["jar-straws-2", "land-dawn-2"],
        "variants": [
            {
                "sku": "DME-CHE-3L",
                "label": {"vi": "Ché 3 lít, kèm 3 cần", "en": "3-litre jar, 3 straws"},
                "price": 420000,
                "stock": 10,
            },
        ],
        "vi": {
            "title": "Rượu cần Brâu, ché 3 lít",
            "summary": "Rượu cần ủ men lá của Y Tring, thôn Đăk Mế gần ngã ba biên giới.",
            "description": p(
                "Y Tring làm rượu cần cho các dịp lễ của thôn; men của bà làm từ lá và rễ hái "
                "ở rừng gần biên giới, phơi trên gác bếp. Rượu ủ trong ché sành từ một tháng "
                "trở lên.",
                "Rượu có cồn, chỉ bán cho người từ 18 tuổi; chỉ giao trong nước.",
            ),
            "technique": BREWED["vi"],
            "care": RICE_WINE_CARE["vi"],
            "tags": ["rượu cần", "đồ uống"],
        },
        "en": {
            "title": "Brâu rice wine, 3-litre jar",
            "summary": "Rice wine brewed with Y Tring's leaf yeast in Đăk Mế, near the border.",
            "description": p(
                "Y Tring makes rice wine for the hamlet's ceremonies; her yeast comes from "
                "leaves and roots gathered in the forest near the border and dried above the "
                "hearth. The wine ferments in a stoneware jar for a month or more.",
                "Alcoholic, sold only to people aged 18 and over; shipped within Vietnam only.",
            ),
            "technique": BREWED["en"],
            "care": RICE_WINE_CARE["en"],
            "tags": ["rice wine", "drinks"],
        },
    },
    {
        "key": "dme-jar-wine-7l",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "ruou-can-brau-che-7-lit", "en": "brau-rice-wine-7-litres"},
        "craft": "rice-wine",
        "group": "brau",
        "village": None,
        "makers": ["y-tring"],
        "materials": ["rice", "leaf-yeast"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 30 × 38 cm",
        "weight_grams": 9500,
        "days_of_work": None,
        "maker_share_percent": 60,
        "ocop": None,
        "photos": ["jar-straws", "jar-straws-2"],
        "variants": [
            {
                "sku": "DME-CHE-7L",
                "label": {"vi": "Ché 7 lít, kèm 6 cần", "en": "7-litre jar, 6 straws"},
                "price": 850000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Rượu cần Brâu, ché 7 lít",
            "summary": "Ché lớn cho một bữa đông người, kèm sáu cần tre.",
            "description": p(
                "Ché lớn cho nhóm mười lăm, hai mươi người, uống theo lượt như trong ngày lễ "
                "của thôn. Ché nặng, nên đặt trước để hộ kịp đóng thùng gỗ."
            ),
            "technique": BREWED["vi"],
            "care": RICE_WINE_CARE["vi"],
            "tags": ["rượu cần", "đồ uống", "hàng cồng kềnh"],
        },
        "en": {
            "title": "Brâu rice wine, 7-litre jar",
            "summary": "A large jar for a big gathering, with six bamboo straws.",
            "description": p(
                "A large jar for fifteen or twenty people drinking in turn, as at the "
                "hamlet's ceremonies. The jar is heavy, so order ahead to allow time for a "
                "wooden crate."
            ),
            "technique": BREWED["en"],
            "care": RICE_WINE_CARE["en"],
            "tags": ["rice wine", "drinks", "bulky"],
        },
    },
    {
        "key": "dme-gift-jar",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "hop-qua-che-nho", "en": "small-jar-gift-set"},
        "craft": "rice-wine",
        "group": "brau",
        "village": None,
        "makers": ["y-tring"],
        "materials": ["rice", "leaf-yeast", "bamboo"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 15 × 18 cm",
        "weight_grams": 2400,
        "days_of_work": None,
        "maker_share_percent": 60,
        "ocop": None,
        "photos": ["jar-straws"],
        "variants": [
            {
                "sku": "DME-QUA-1L5",
                "label": {
                    "vi": "Ché 1,5 lít, 2 cần, giỏ đan",
                    "en": "1.5-litre jar, 2 straws, basket",
                },
                "price": 280000,
                "stock": 0,
            },
        ],
        "vi": {
            "title": "Hộp quà ché nhỏ",
            "summary": "Ché rượu cần 1,5 lít đặt trong giỏ đan, kèm hai cần tre.",
            "description": p(
                "Món quà Tết được nhiều khách đặt: ché nhỏ đặt trong giỏ đan lồ ô, kèm hai cần "
                "tre. Đã hết đợt này; đợt ủ mới sẽ xong trước Tết."
            ),
            "technique": BREWED["vi"],
            "care": RICE_WINE_CARE["vi"],
            "tags": ["rượu cần", "quà tặng", "Tết"],
        },
        "en": {
            "title": "Small jar gift set",
            "summary": "A 1.5-litre jar of rice wine in a woven basket, with two bamboo straws.",
            "description": p(
                "A favourite Tết gift: a small jar set in a lồ ô basket with two bamboo "
                "straws. This batch is sold out; the next will be ready before Tết."
            ),
            "technique": BREWED["en"],
            "care": RICE_WINE_CARE["en"],
            "tags": ["rice wine", "gift", "Tết"],
        },
    },
    {
        "key": "dme-leaf-yeast",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "men-la-dak-me", "en": "dak-me-leaf-yeast"},
        "craft": "rice-wine",
        "group": "brau",
        "village": None,
        "makers": ["y-tring"],
        "materials": ["rice", "leaf-yeast"],
        "motif": None,
        "making": "handmade",
        "dimensions": "",
        "weight_grams": 100,
        "days_of_work": None,
        "maker_share_percent": 70,
        "ocop": None,
        "photos": ["jar-straws-2"],
        "variants": [
            {
                "sku": "DME-MEN-8",
                "label": {"vi": "Gói 8 viên", "en": "Pack of 8"},
                "price": 55000,
                "stock": 20,
            },
        ],
        "vi": {
            "title": "Men lá Đăk Mế",
            "summary": "Viên men lá của người Brâu, phơi trên gác bếp.",
            "description": p(
                "Men làm từ lá và rễ rừng giã nhỏ trộn bột gạo, phơi khô trên gác bếp. Kèm "
                "hướng dẫn ủ rượu cho khoảng ba ký gạo."
            ),
            "technique": YEAST["vi"],
            "care": YEAST_CARE["vi"],
            "tags": ["rượu cần", "nhà bếp"],
        },
        "en": {
            "title": "Đăk Mế leaf yeast",
            "summary": "Brâu leaf-yeast cakes, dried above the hearth.",
            "description": p(
                "Made from forest leaves and roots pounded with rice flour and dried above "
                "the hearth. With instructions for about three kilos of rice."
            ),
            "technique": YEAST["en"],
            "care": YEAST_CARE["en"],
            "tags": ["rice wine", "kitchen"],
        },
    },
    {
        "key": "dme-gui",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "gui-brau", "en": "brau-back-basket"},
        "craft": "basketry",
        "group": "brau",
        "village": None,
        "makers": ["y-tring"],
        "materials": ["bamboo", "rattan"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "42 × 42 × 65 cm",
        "weight_grams": 1000,
        "days_of_work": 3,
        "maker_share_percent": 80,
        "ocop": None,
        "photos": ["gui-white-diamonds", "basket-dark-steps"],
        "variants": [
            {
                "sku": "DME-GUI-65",
                "label": {"vi": "Cao 65 cm", "en": "65 cm tall"},
                "price": 450000,
                "stock": 4,
            },
        ],
        "vi": {
            "title": "Gùi Brâu",
            "summary": "Gùi đan nan lồ ô của người Brâu ở thôn Đăk Mế.",
            "description": p(
                "Người Brâu là một trong những dân tộc ít người nhất Việt Nam, chỉ vài trăm "
                "người, sống ở thôn Đăk Mế. Chiếc gùi này đan lóng đôi, quai mây, dùng cõng "
                "nước, cõng củi."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["gùi", "hàng hiếm"],
        },
        "en": {
            "title": "Brâu back basket",
            "summary": "A lồ ô back basket woven by the Brâu of Đăk Mế.",
            "description": p(
                "The Brâu are among Vietnam's smallest peoples, a few hundred people living "
                "in Đăk Mế. This twill-plaited basket with rattan straps carries water and "
                "firewood."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["back basket", "rare"],
        },
    },
    {
        "key": "dme-hip-basket",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "gio-nho-deo-hong", "en": "small-hip-basket"},
        "craft": "basketry",
        "group": "brau",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "18 × 14 × 22 cm",
        "weight_grams": 200,
        "days_of_work": 1,
        "maker_share_percent": 78,
        "ocop": None,
        "photos": ["basket-dark-zigzag"],
        "variants": [
            {
                "sku": "DME-GIO-HONG",
                "label": {"vi": "Có nắp", "en": "With lid"},
                "price": 180000,
                "stock": 6,
            },
        ],
        "vi": {
            "title": "Giỏ nhỏ đeo hông",
            "summary": "Giỏ nhỏ có nắp, đeo hông khi đi rẫy, đi suối.",
            "description": p(
                "Giỏ nhỏ đeo bên hông để đựng hạt giống khi tra lúa hay đựng ốc, cá khi đi "
                "suối. Nắp nan cài bằng chốt tre."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["đồ dùng", "trang trí nhà"],
        },
        "en": {
            "title": "Small hip basket",
            "summary": "A small lidded basket worn at the hip in the fields and streams.",
            "description": p(
                "Worn at the hip to hold seed at sowing time or snails and fish from the "
                "stream. The woven lid closes with a bamboo peg."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["everyday", "home decor"],
        },
    },
    {
        "key": "dme-tray",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "mam-dan-tre", "en": "woven-bamboo-tray"},
        "craft": "basketry",
        "group": "brau",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": "herringbone",
        "making": "handmade",
        "dimensions": "Ø 40 cm",
        "weight_grams": 350,
        "days_of_work": 1,
        "maker_share_percent": 76,
        "ocop": None,
        "photos": ["basket-dark-steps"],
        "variants": [
            {
                "sku": "DME-MAM-40",
                "label": {"vi": "Ø 40 cm", "en": "Ø 40 cm"},
                "price": 160000,
                "stock": 5,
            },
        ],
        "vi": {
            "title": "Mâm đan tre",
            "summary": "Mâm tròn đan nan lồ ô, vành cao, để bày bánh trái.",
            "description": p(
                "Mâm vành cao dùng bày xôi, bánh, trái cây trong ngày lễ; lót lá chuối khi đựng "
                "đồ ăn."
            ),
            "technique": PLAITED["vi"],
            "care": FOOD_BASKET_CARE["vi"],
            "tags": ["nhà bếp", "trang trí nhà"],
        },
        "en": {
            "title": "Woven bamboo tray",
            "summary": "A round lồ ô tray with a raised rim, for serving food.",
            "description": p(
                "A raised-rim tray for sticky rice, cakes and fruit at festivals; line it "
                "with banana leaf for food."
            ),
            "technique": PLAITED["en"],
            "care": FOOD_BASKET_CARE["en"],
            "tags": ["kitchen", "home decor"],
        },
    },
    {
        "key": "dme-lidded-box",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "hop-dan-co-nap", "en": "woven-lidded-box"},
        "craft": "basketry",
        "group": "brau",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "25 × 18 × 12 cm",
        "weight_grams": 300,
        "days_of_work": 2,
        "maker_share_percent": 76,
        "ocop": None,
        "photos": ["basket-dark-zigzag"],
        "variants": [
            {
                "sku": "DME-HOP-NAP",
                "label": {"vi": "25 × 18 cm", "en": "25 × 18 cm"},
                "price": 200000,
                "stock": 4,
            },
        ],
        "vi": {
            "title": "Hộp đan có nắp",
            "summary": "Hộp chữ nhật đan nan, nắp chụp, để đựng giấy tờ, đồ may vá.",
            "description": p(
                "Hộp đan hai lớp nan, góc vuông gọn, nắp chụp sâu. Hợp đựng giấy tờ, chỉ kim "
                "hay đồ trang sức."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["đồ dùng", "quà tặng"],
        },
        "en": {
            "title": "Woven lidded box",
            "summary": "A rectangular woven box with a deep lid, for papers or sewing things.",
            "description": p(
                "Two layers of strips, neat square corners and a deep lid. Good for papers, "
                "sewing kit or jewellery."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["everyday", "gift"],
        },
    },
    {
        "key": "dme-jar-carrier",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "gio-dung-che", "en": "jar-carrier-basket"},
        "craft": "basketry",
        "group": "brau",
        "village": None,
        "makers": ["y-tring"],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 28 × 30 cm",
        "weight_grams": 450,
        "days_of_work": 2,
        "maker_share_percent": 78,
        "ocop": None,
        "photos": ["basket-red-diagonal", "jar-straws"],
        "variants": [
            {
                "sku": "DME-GIO-CHE",
                "label": {"vi": "Vừa ché 3 lít", "en": "Fits a 3-litre jar"},
                "price": 190000,
                "stock": 3,
            },
        ],
        "vi": {
            "title": "Giỏ đựng ché",
            "summary": "Giỏ đan ôm thân ché rượu, có quai xách.",
            "description": p(
                "Giỏ đan vừa khít ché 3 lít, giữ ché không va đập khi mang đi. Cũng dùng làm "
                "giỏ đựng chậu cây."
            ),
            "technique": PLAITED["vi"],
            "care": BASKET_CARE["vi"],
            "tags": ["rượu cần", "đồ dùng"],
        },
        "en": {
            "title": "Jar carrier basket",
            "summary": "A woven basket that hugs a rice-wine jar, with a handle.",
            "description": p(
                "Woven to fit a 3-litre jar snugly and keep it from knocks on the way. Also "
                "makes a plant-pot cover."
            ),
            "technique": PLAITED["en"],
            "care": BASKET_CARE["en"],
            "tags": ["rice wine", "everyday"],
        },
    },
    {
        "key": "dme-chopstick-holder",
        "cooperative": "dak-me-rice-wine",
        "slug": {"vi": "ong-dung-dua", "en": "chopstick-holder"},
        "craft": "basketry",
        "group": "brau",
        "village": None,
        "makers": [],
        "materials": ["bamboo", "rattan"],
        "motif": None,
        "making": "handmade",
        "dimensions": "Ø 9 × 16 cm",
        "weight_grams": 90,
        "days_of_work": None,
        "maker_share_percent": 75,
        "ocop": None,
        "photos": ["basket-red-herringbone"],
        "variants": [
            {
                "sku": "DME-ONG-DUA",
                "label": {"vi": "1 chiếc", "en": "Single"},
                "price": 90000,
                "stock": 12,
            },
        ],
        "vi": {
            "title": "Ống đựng đũa",
            "summary": "Ống đan mây bọc ống tre, thoáng đáy để đũa mau khô.",
            "description": p(
                "Ống tre bọc lớp đan mây, đáy có lỗ thoáng cho nước chảy hết. Món nhỏ cho gian "
                "bếp, cũng dùng cắm bút."
            ),
            "technique": PLAITED["vi"],
            "care": FOOD_BASKET_CARE["vi"],
            "tags": ["nhà bếp", "quà tặng"],
        },
        "en": {
            "title": "Chopstick holder",
            "summary": "A bamboo tube in a rattan weave, open at the bottom so chopsticks dry.",
            "description": p(
                "A bamboo tube wrapped in woven rattan, with drain holes in the base. A small "
                "thing for the kitchen, or a pen pot."
            ),
            "technique": PLAITED["en"],
            "care": FOOD_BASKET_CARE["en"],
            "tags": ["kitchen", "gift"],
        },
    },
]

SHOP = {
    "vi": {
        "title": "Cửa hàng",
        "slug": "cua-hang",
        "introduction": (
            "Thổ cẩm, đồ đan, tượng gỗ, dao rèn và rượu cần do các hợp tác xã và tổ hợp tác "
            "trong tỉnh làm ra. Mỗi sản phẩm ghi rõ ai làm, ở làng nào và phần giá về tay "
            "người làm."
        ),
        "shipping_information": p(
            "Mỗi hợp tác xã tự đóng gói và gửi hàng qua bưu điện hoặc đơn vị vận chuyển, "
            "thường trong 2–5 ngày làm việc. Phí vận chuyển tính theo cân nặng và nơi nhận, "
            "hiện ra trước khi bạn đặt hàng."
        ),
        "returns_information": p(
            "Bạn có 7 ngày kể từ khi nhận hàng để đổi hoặc trả sản phẩm còn nguyên vẹn. "
            "Rượu cần và men lá không đổi trả được khi đã mở."
        ),
    },
    "en": {
        "title": "Shop",
        "slug": "shop",
        "introduction": (
            "Brocade, baskets, wooden statues, forged knives and rice wine made by the "
            "province's cooperatives and craft groups. Each product says who made it, in which "
            "village, and what share of the price goes to the makers."
        ),
        "shipping_information": p(
            "Each cooperative packs and sends its own parcels by post or courier, usually "
            "within 2–5 working days. The delivery fee depends on weight and destination and "
            "is shown before you order."
        ),
        "returns_information": p(
            "You have 7 days from delivery to exchange or return an item in its original "
            "state. Opened rice wine and leaf yeast cannot be returned."
        ),
    },
}

# Illustrative delivery fees (no carrier rate card was found): a flat fee by zone and weight
# tier, as carriers price parcels. Site administrators replace them with their carrier's.
SHIPPING_ZONES = [
    {
        "name": "Trong tỉnh Quảng Ngãi",
        "name_en": "Within Quảng Ngãi province",
        "home": True,
        "free_above": 1_000_000,
        "extra_per_500_grams": 5_000,
        "rates": [(500, 20_000), (1_000, 25_000), (2_000, 30_000)],
    },
    {
        "name": "Các tỉnh, thành khác",
        "name_en": "Elsewhere in Vietnam",
        "home": False,
        "free_above": 2_000_000,
        "extra_per_500_grams": 8_000,
        "rates": [(500, 30_000), (1_000, 38_000), (2_000, 48_000)],
    },
]

# Fictional account (the test vector of the VietQR notes): demo transfers go nowhere.
SHOP_BANK = {"bin": "970436", "account": "0123456789", "holder": "LANG NGHE DEMO"}

# Wholesale enquiries in every status, some still new after the three days allowed (they
# show on the dashboards). Buyers and addresses are fictional.
ENQUIRIES = [
    {
        "cooperative": "kon-ko-tu-weavers",
        "product": "kkt-shawl-diamond",
        "language": "vi",
        "name": "Trần Thu Hà",
        "organisation": "Khách sạn Sông Đăk Bla",
        "email": "thuha.tran@khachsan.example",
        "phone": "0900000411",
        "wanted": "Khăn choàng hoa văn hình thoi",
        "quantity": 40,
        "wanted_by_in_days": 60,
        "message": (
            "Chúng tôi muốn tặng khách lưu trú dài ngày. Có thể thêm nhãn tên khách sạn không?"
        ),
        "status": "new",
        "days_ago": 1,
    },
    {
        "cooperative": "kon-ko-tu-weavers",
        "product": "kkt-table-runner",
        "language": "en",
        "name": "Emma Laurent",
        "organisation": "Maison Artisan",
        "email": "emma@maison-artisan.example",
        "phone": "",
        "wanted": "Rice-grain table runners, natural colours",
        "quantity": 60,
        "wanted_by_in_days": 90,
        "message": "For our shop in Lyon. Could you send photos of the colours you have?",
        "status": "new",
        "days_ago": 5,
    },
    {
        "cooperative": "dak-rang-basketry",
        "product": "dr-gui-patterned",
        "language": "vi",
        "name": "Lê Minh Quân",
        "organisation": "Cửa hàng quà tặng Phố Cổ",
        "email": "quan.le@quatang.example",
        "phone": "0900000412",
        "wanted": "Gùi hoa văn cỡ vừa",
        "quantity": 30,
        "wanted_by_in_days": None,
        "message": "",
        "status": "answered",
        "days_ago": 6,
        "reply": (
            "Chào anh Quân, hợp tác xã làm được 30 chiếc trong khoảng 5 tuần. Anh muốn màu "
            "tre tự nhiên hay nhuộm đen? Chúng tôi sẽ gửi giá khi anh chọn màu.",
            "htx-dakrang",
        ),
    },
    {
        "cooperative": "dak-rang-basketry",
        "product": "dr-coasters",
        "language": "en",
        "name": "Sophie Tran",
        "organisation": "Green Hills Hotels",
        "email": "purchasing@greenhills.example",
        "phone": "",
        "wanted": "Woven rattan coasters for hotel rooms",
        "quantity": 200,
        "wanted_by_in_days": 45,
        "message": "Sets of four, for 50 rooms.",
        "status": "quoted",
        "days_ago": 10,
        "reply": (
            "Dear Sophie, we can make 50 sets of four in four weeks, at 120,000 VND a set, "
            "delivery to Đà Nẵng included. Shall we start?",
            "htx-dakrang",
        ),
    },
    {
        "cooperative": "kon-klor-rice-wine",
        "product": None,
        "language": "vi",
        "name": "Phạm Văn Đức",
        "organisation": "Công ty Du lịch Cao Nguyên Xanh",
        "email": "duc.pham@caonguyenxanh.example",
        "phone": "0900000413",
        "wanted": "Ché rượu cần nhỏ làm quà cho đoàn khách",
        "quantity": 50,
        "wanted_by_in_days": 20,
        "message": "Đoàn đi tháng sau, cần giao tận Kon Tum.",
        "status": "won",
        "days_ago": 20,
        "reply": ("Chào anh Đức, chúng tôi nhận đơn 50 ché, giao ngày anh chọn.", None),
    },
    {
        "cooperative": "dak-ui-forge",
        "product": "du-kitchen-knife",
        "language": "vi",
        "name": "Nguyễn Hoàng Long",
        "organisation": "Nhà hàng Bếp Núi",
        "email": "long.nguyen@bepnui.example",
        "phone": "",
        "wanted": "Dao bếp rèn tay",
        "quantity": 20,
        "wanted_by_in_days": None,
        "message": "",
        "status": "lost",
        "days_ago": 30,
        "reply": ("Chào anh Long, tổ làm được 20 con dao trong hai tuần, giá 250.000 đ/con.", None),
    },
    {
        "cooperative": "ia-chim-carvers",
        "product": "ic-seated-figure",
        "language": "en",
        "name": "Kenji Watanabe",
        "organisation": "Gallery Mori",
        "email": "kenji@gallery-mori.example",
        "phone": "",
        "wanted": "Seated figures for an exhibition",
        "quantity": 12,
        "wanted_by_in_days": 120,
        "message": "We would like to show the carvers' work in Tokyo next spring.",
        "status": "new",
        "days_ago": 8,
    },
]
