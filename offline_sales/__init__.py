"""Sales outside the site: what cooperatives sell at fairs and exhibitions, in the village or
at the workshop, and through consignment shops and agents, recorded by their staff from a
phone in the admin, so that the programme report counts the whole craft economy the Ethnic
Committee follows, not only the orders placed on the site."""
