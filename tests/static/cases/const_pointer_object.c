// A local pointer to const given a global's address (const struct config *cfg = &g_config)
// reaches that object, as one without const does: qualifiers are no other type. Before, the
// const made it "some part" of the object reached through a cast, met by nothing matched by
// type (a writer through a void * field of unknown target), and a racy program was said to
// be race-free; a race on a field by name was only possible.
#include <pthread.h>

struct config {
    int timeout_ms;
    int retries;
};
static struct config g_config = {100, 3};
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static void *reloader(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    g_config.timeout_ms = 250; // RACE (definite): main reads it without the lock
    g_config.retries = 5; // NORACE: main reads it under the lock
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reloader, NULL);
    const struct config *cfg = &g_config;
    int waited = cfg->timeout_ms; // RACE (definite)
    pthread_mutex_lock(&m);
    waited += cfg->retries;
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    return waited > 0 ? 0 : 1;
}
