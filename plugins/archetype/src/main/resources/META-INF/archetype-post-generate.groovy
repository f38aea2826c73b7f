// After generation: without -DdemoData=true the plugin gets no demo migration (db/demo is removed).
def plugin = new File(request.outputDirectory, request.artifactId)
if (request.properties.get('demoData') != 'true') {
    new File(plugin, 'src/main/resources/db/demo').deleteDir()
}

// The generator added <module>artifactId</module> to the parent pom.xml (plugins/pom.xml) by rewriting the whole file
// through the XML DOM: blank lines, line breaks and the XML declaration are lost. Put the module line into the file as
// git has it instead, keeping its layout, when that gives the same XML as the generator's (else leave its version:
// the file had changes of its own that git does not have yet).
def parentPom = new File(request.outputDirectory, 'pom.xml')
def moduleLine = "<module>${request.artifactId}</module>"
if (parentPom.isFile() && parentPom.text.contains(moduleLine)) {
    try {
        def git = ['git', 'show', 'HEAD:./pom.xml'].execute(null, parentPom.parentFile)
        def committed = git.inputStream.getText('UTF-8')
        git.waitFor()
        def modules = committed =~ /(?m)^([ \t]*)<module>[^<]*<\/module>[ \t]*\r?$/
        if (git.exitValue() == 0 && !committed.contains(moduleLine) && modules.find()) {
            modules.reset()
            def last = null
            while (modules.find()) {
                last = [end: modules.end(), indent: modules.group(1)]
            }
            def eol = committed.contains('\r\n') ? '\r\n' : '\n'
            def kept = committed.substring(0, last.end) + eol + last.indent + moduleLine + committed.substring(last.end)
            def xml = { String text -> groovy.xml.XmlUtil.serialize(new groovy.xml.XmlParser(false, false).parseText(text)) }
            if (xml(kept) == xml(parentPom.getText('UTF-8'))) {
                parentPom.setText(kept, 'UTF-8')
                println "[motcua] ${parentPom}: added ${moduleLine}, the rest of the file as it was"
            } else {
                println "[motcua] ${parentPom}: has changes git does not have, left as the generator wrote it (check git diff)"
            }
        }
    } catch (Exception e) {
        println "[motcua] ${parentPom}: left as the generator wrote it (${e.message}; check git diff)"
    }
}
