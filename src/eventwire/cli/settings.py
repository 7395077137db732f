"""Settings every command shares, so each one behaves the same alone or inside the group."""

# Given to every command, not only the group: click remembers a command's help option the
# first time it is asked, so a command first run on its own would otherwise lose "-h".
CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"]}
