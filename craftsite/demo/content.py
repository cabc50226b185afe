"""Demo text for the site-wide pages, in Vietnamese and English. Facts about the programme
come from the province's published documents; people and organisations are fictional."""


def body(*sections):
    """Build StreamField data from (heading, [paragraph, ...]) pairs."""
    blocks = []
    for heading, paragraphs in sections:
        blocks.append({"type": "heading", "value": {"text": heading, "level": "h2"}})
        blocks.extend({"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs)
    return blocks


HOME = {
    "vi": {
        "title": "Nghề truyền thống của đồng bào các dân tộc Tây Nguyên",
        "hero_text": (
            "Thổ cẩm, gùi mây, tượng gỗ, chiêng và rượu cần do chính người Xơ Đăng, Ba Na, "
            "Gia Rai, Giẻ Triêng, Brâu, Rơ Măm và Hrê làm ra."
        ),
        "hero_link_label": "Khám phá các làng nghề",
        "introduction": (
            "Làng Nghề giới thiệu sản phẩm, nghệ nhân và làng nghề của đồng bào dân tộc thiểu "
            "số tại chỗ vùng Kon Tum (nay thuộc tỉnh Quảng Ngãi), giúp người làm nghề bán được "
            "sản phẩm và giúp du khách tìm đến tận làng."
        ),
        "villages": {
            "heading": "Ghé thăm làng nghề",
            "text": "Nghe chiêng bên nhà rông, ngồi cạnh khung dệt, ở lại cùng một gia đình.",
        },
        "stories": {
            "heading": "Câu chuyện mới",
            "text": "Về những người giữ nghề và những mùa lễ hội của làng.",
        },
        "featured_heading": "Tìm hiểu thêm",
        "featured_text": "Chương trình bảo tồn nghề truyền thống và cách chúng tôi giao hàng.",
    },
    "en": {
        "title": "Traditional crafts of the Central Highlands' peoples",
        "hero_text": (
            "Brocade, rattan back-baskets, carved statues, gongs and rice wine, made by the "
            "Xơ Đăng, Ba Na, Gia Rai, Giẻ Triêng, Brâu, Rơ Măm and Hrê themselves."
        ),
        "hero_link_label": "Explore the craft villages",
        "introduction": (
            "Làng Nghề presents the products, artisans and craft villages of the ethnic-minority "
            "communities of the former Kon Tum province (now part of Quảng Ngãi), so that makers "
            "can sell their work and visitors can find their way to the villages."
        ),
        "villages": {
            "heading": "Visit a craft village",
            "text": "Hear the gongs by the rong house, sit by a loom, stay with a family.",
        },
        "stories": {
            "heading": "Latest stories",
            "text": "About the people who keep the crafts alive, and the seasons of the village.",
        },
        "featured_heading": "Find out more",
        "featured_text": "The craft preservation programme, and how we deliver your order.",
    },
}

STANDARD_PAGES = [
    {
        "slug": "gioi-thieu",
        "slug_en": "about",
        "vi": {
            "title": "Giới thiệu",
            "introduction": (
                "Làng Nghề là một phần của chương trình bảo tồn và phát huy giá trị nghề truyền "
                "thống của các dân tộc thiểu số tại chỗ."
            ),
            "body": body(
                (
                    "Chương trình",
                    [
                        "Ngày 16/02/2022, Tỉnh ủy Kon Tum ban hành Nghị quyết 08-NQ/TU về bảo tồn "
                        "và phát huy giá trị nghề truyền thống của các dân tộc thiểu số tại chỗ. "
                        "Đề án kèm theo được phê duyệt tại Quyết định 465/QĐ-UBND ngày 27/7/2022, "
                        "với chín nghề: dệt thổ cẩm, đan lát, làm rượu cần, chế tác nhạc cụ, rèn, "
                        "gốm, tạc tượng, đẽo thuyền độc mộc và làm nỏ.",
                        "Từ tháng 7/2025, tỉnh Kon Tum hợp nhất vào tỉnh Quảng Ngãi; các làng nghề "
                        "và hợp tác xã trên trang này vẫn giữ nguyên tên làng, nay thuộc xã, "
                        "phường mới của tỉnh Quảng Ngãi.",
                    ],
                ),
                (
                    "Trang này làm gì",
                    [
                        "Giới thiệu sản phẩm và kết nối thị trường để người làm nghề có thêm thu "
                        "nhập; tôn vinh nghệ nhân và các lớp truyền nghề cho lớp trẻ; gắn làng "
                        "nghề với du lịch cộng đồng; và tổng hợp số liệu để báo cáo hằng năm.",
                    ],
                ),
            ),
        },
        "en": {
            "title": "About",
            "introduction": (
                "Làng Nghề is part of a provincial programme to preserve and promote the "
                "traditional crafts of the local ethnic-minority communities."
            ),
            "body": body(
                (
                    "The programme",
                    [
                        "On 16 February 2022 the Kon Tum Provincial Party Committee adopted "
                        "Resolution 08-NQ/TU on preserving and promoting the traditional crafts of "
                        "the local ethnic minorities. Its scheme, approved by Decision "
                        "465/QĐ-UBND of 27 July 2022, covers nine crafts: brocade weaving, "
                        "basketry, rice wine, musical instruments, blacksmithing, pottery, statue "
                        "carving, dugout canoes and crossbows.",
                        "Since July 2025 Kon Tum has been part of Quảng Ngãi province; the "
                        "villages and cooperatives on this site keep their names and now belong "
                        "to the new communes and wards of Quảng Ngãi.",
                    ],
                ),
                (
                    "What this site does",
                    [
                        "It promotes craft products and connects them to buyers so that makers "
                        "earn more; it honours artisans and the classes where they teach the "
                        "young; it links craft villages with community tourism; and it gathers "
                        "the figures for the programme's yearly report.",
                    ],
                ),
            ),
        },
    },
    {
        "slug": "giao-hang",
        "slug_en": "delivery",
        "vi": {
            "title": "Giao hàng",
            "introduction": "Mỗi hợp tác xã tự đóng gói và gửi phần đơn hàng của mình.",
            "body": body(
                (
                    "Thời gian và phí",
                    [
                        "Hàng có sẵn được gửi trong 2 ngày làm việc. Thời gian giao thường là 2–4 "
                        "ngày trong tỉnh Quảng Ngãi và 3–7 ngày đi các tỉnh khác. Phí giao hàng "
                        "tính theo khối lượng và nơi nhận, hiện rõ trước khi bạn đặt hàng.",
                    ],
                ),
                (
                    "Đơn vị vận chuyển",
                    [
                        "Chúng tôi gửi qua Bưu điện Việt Nam và Viettel Post vì hai đơn vị này đến "
                        "được cả những làng ở xa. Khi hàng được gửi, bạn nhận được mã vận đơn "
                        "qua thư điện tử.",
                    ],
                ),
            ),
        },
        "en": {
            "title": "Delivery",
            "introduction": "Each cooperative packs and ships its own part of your order.",
            "body": body(
                (
                    "Times and costs",
                    [
                        "Items in stock leave within 2 working days. Delivery usually takes 2–4 "
                        "days within Quảng Ngãi province and 3–7 days elsewhere in Vietnam. The "
                        "delivery fee depends on weight and destination and is shown before you "
                        "place your order.",
                    ],
                ),
                (
                    "Carriers",
                    [
                        "We ship with Vietnam Post and Viettel Post, which reach even remote "
                        "villages. When your parcel leaves, you receive its tracking number by "
                        "e-mail.",
                    ],
                ),
            ),
        },
    },
    {
        "slug": "doi-tra",
        "slug_en": "returns",
        "vi": {
            "title": "Đổi trả và hoàn tiền",
            "introduction": "Bạn có 7 ngày kể từ khi nhận hàng để đổi hoặc trả sản phẩm.",
            "body": body(
                (
                    "Điều kiện",
                    [
                        "Sản phẩm còn nguyên trạng, chưa qua sử dụng. Sản phẩm làm theo yêu cầu "
                        "riêng và rượu đã mở không được đổi trả. Nếu hàng bị hỏng khi vận chuyển, "
                        "vui lòng chụp ảnh và báo cho chúng tôi trong 48 giờ.",
                    ],
                ),
                (
                    "Hoàn tiền",
                    [
                        "Tiền được hoàn trong 7 ngày làm việc sau khi hợp tác xã nhận lại hàng, "
                        "theo cách bạn đã thanh toán: về thẻ, hoặc chuyển khoản với đơn trả tiền "
                        "mặt và chuyển khoản.",
                    ],
                ),
            ),
        },
        "en": {
            "title": "Returns and refunds",
            "introduction": "You have 7 days from delivery to exchange or return a product.",
            "body": body(
                (
                    "Conditions",
                    [
                        "Products must be unused and as delivered. Made-to-order pieces and opened "
                        "rice wine cannot be returned. If something arrives damaged, please send "
                        "us a photo within 48 hours.",
                    ],
                ),
                (
                    "Refunds",
                    [
                        "We refund within 7 working days after the cooperative receives the "
                        "return, the way you paid: to your card, or by bank transfer for cash "
                        "and transfer orders.",
                    ],
                ),
            ),
        },
    },
    {
        "slug": "quyen-rieng-tu",
        "slug_en": "privacy",
        "vi": {
            "title": "Chính sách bảo vệ dữ liệu cá nhân",
            "introduction": (
                "Chúng tôi chỉ thu thập dữ liệu cần để giao hàng và trả lời bạn, theo Luật Bảo vệ "
                "dữ liệu cá nhân số 91/2025/QH15."
            ),
            "body": body(
                (
                    "Dữ liệu chúng tôi giữ",
                    [
                        "Họ tên, số điện thoại, thư điện tử và địa chỉ giao hàng khi bạn đặt hàng, "
                        "gửi yêu cầu báo giá hoặc đăng ký lớp học. Mỗi hợp tác xã chỉ thấy dữ liệu "
                        "của đơn hàng mà mình giao.",
                    ],
                ),
                (
                    "Quyền của bạn",
                    [
                        "Bạn có quyền được biết, đồng ý, xem, sửa và yêu cầu xoá dữ liệu của mình. "
                        "Hãy viết cho chúng tôi theo địa chỉ ở cuối trang.",
                    ],
                ),
            ),
        },
        "en": {
            "title": "Personal data protection",
            "introduction": (
                "We collect only what we need to deliver your order and answer you, under "
                "Vietnam's Personal Data Protection Law No. 91/2025/QH15."
            ),
            "body": body(
                (
                    "What we keep",
                    [
                        "Your name, phone number, e-mail and delivery address when you order, ask "
                        "for a quote or register for a class. Each cooperative sees only the "
                        "orders it ships.",
                    ],
                ),
                (
                    "Your rights",
                    [
                        "You may know, consent to, see, correct and ask us to delete your data. "
                        "Write to us at the address at the foot of every page.",
                    ],
                ),
            ),
        },
    },
    {
        "slug": "dieu-khoan",
        "slug_en": "terms",
        "vi": {
            "title": "Điều khoản sử dụng",
            "introduction": "Những điều cần biết khi mua hàng trên Làng Nghề.",
            "body": body(
                (
                    "Giá và thanh toán",
                    [
                        "Giá niêm yết bằng đồng Việt Nam, đã gồm thuế; phí giao hàng hiện riêng "
                        "trước khi đặt hàng. Bạn có thể trả tiền mặt khi nhận hàng, chuyển khoản "
                        "qua mã VietQR, hoặc bằng thẻ khi cổng thanh toán thẻ được bật.",
                    ],
                ),
                (
                    "Sản phẩm làm tay",
                    [
                        "Mỗi sản phẩm do người làm nghề làm bằng tay nên màu sắc, hoa văn và kích "
                        "thước có thể hơi khác ảnh chụp.",
                    ],
                ),
            ),
        },
        "en": {
            "title": "Terms of use",
            "introduction": "What to know before you buy on Làng Nghề.",
            "body": body(
                (
                    "Prices and payment",
                    [
                        "Prices are in Vietnamese đồng and include taxes; the delivery fee is "
                        "shown separately before you order. You can pay cash on delivery, by bank "
                        "transfer with a VietQR code, or by card when card payment is enabled.",
                    ],
                ),
                (
                    "Handmade products",
                    [
                        "Every piece is made by hand, so colours, patterns and sizes may differ "
                        "slightly from the photos.",
                    ],
                ),
            ),
        },
    },
]

ORGANISATION = {
    "legal_name": "Trung tâm Xúc tiến Làng Nghề Tây Nguyên (dữ liệu minh hoạ)",
    "english_name": "Central Highlands Craft Villages Promotion Centre (demo data)",
    "address": "12 Trần Hưng Đạo, phường Kon Tum, tỉnh Quảng Ngãi",
    "phone": "0260 3000 000",
    "email": "lienhe@langnghe.example",
    "registration_number": "Quyết định thành lập số 123/QĐ-UBND ngày 15/3/2026 (minh hoạ)",
    "registration_issuer": "Ủy ban nhân dân tỉnh Quảng Ngãi",
    "person_responsible": "Nguyễn Thị Lan (nhân vật hư cấu)",
    "facebook_url": "https://www.facebook.com/langnghe.example",
    "zalo_url": "https://zalo.me/0260300000",
}

FOOTER_TEXT = {
    "vi": "<p>Trang giới thiệu và bán sản phẩm nghề truyền thống của đồng bào dân tộc thiểu "
    "số tại chỗ, thuộc chương trình thực hiện Nghị quyết 08-NQ/TU.</p>",
    "en": "<p>A site that promotes and sells the traditional crafts of the local "
    "ethnic-minority communities, part of the programme under Resolution 08-NQ/TU.</p>",
}

# username, role, group, full name. Every demo account's password is DEMO_PASSWORD.
DEMO_PASSWORD = "langnghe-demo"  # listed in README; production never creates demo accounts
DEMO_ACCOUNTS = [
    ("admin", "administrator", None, "Quản trị viên"),
    ("editor", "content editor", "Editors", "Y Hằng (biên tập)"),
    ("reviewer", "content reviewer", "Moderators", "A Tuấn (duyệt bài)"),
    ("committee", "ethnic-committee officer", "Ethnic Committee", "Rơ Châm Hương (Ban Dân tộc)"),
    ("htx-konkotu", "cooperative staff", "HTX Dệt thổ cẩm Kon Kơ Tu", "Y Blúp"),
    ("htx-dakrang", "cooperative staff", "HTX Đan lát Đăk Răng", "A Điện"),
]
