from django import template

from monitoring.formatting import shown

register = template.Library()

register.filter("figure", shown)
