"""Each order line records the product it was bought from and the makers' share (%) declared
at the sale, so that reports of past sales stay as they were.

Lines sold before this migration recorded neither. The best knowledge there is of them is
today's: the product their variant belongs to now and the share that product declares now,
which may differ from the share at the time of the sale. A line whose variant was already
deleted keeps no product and no share (None); the reports count 0 for it, as they did.

The lines are filled by one UPDATE with subqueries, on SQLite as on PostgreSQL, rather than
line by line."""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models
from django.db.models import OuterRef, Subquery


def fill_from_todays_products(apps, schema_editor):
    OrderLine = apps.get_model("orders", "OrderLine")
    ProductVariant = apps.get_model("catalog", "ProductVariant")
    variant = ProductVariant.objects.filter(pk=OuterRef("variant_id"))
    OrderLine.objects.filter(variant__isnull=False).update(
        product_id=Subquery(variant.values("product_id")[:1]),
        makers_share_percent=Subquery(variant.values("product__maker_share_percent")[:1]),
    )


class Migration(migrations.Migration):

    dependencies = [
        ('catalog', '0006_pickup_and_customs'),
        ('orders', '0006_stripe_fields_move_to_payments'),
    ]

    operations = [
        migrations.AddField(
            model_name='orderline',
            name='makers_share_percent',
            field=models.PositiveSmallIntegerField(null=True, validators=[django.core.validators.MaxValueValidator(100)], verbose_name="makers' share of the price (%)"),
        ),
        migrations.AddField(
            model_name='orderline',
            name='product',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='catalog.productpage', verbose_name='product page'),
        ),
        migrations.RunPython(fill_from_todays_products, migrations.RunPython.noop),
    ]
