// After generation: without -DdemoData=true the plugin gets no demo migration (db/demo is removed).
def plugin = new File(request.outputDirectory, request.artifactId)
if (request.properties.get('demoData') != 'true') {
    new File(plugin, 'src/main/resources/db/demo').deleteDir()
}
