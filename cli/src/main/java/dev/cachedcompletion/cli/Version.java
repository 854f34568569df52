package dev.cachedcompletion.cli;

import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the version written into the jar's manifest when it was built. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"cached-completion-cli " + (version == null ? "(not run from its jar)" : version)};
    }
}
