/* racy: workers update srv->nconns under srv->lock (srv = &g_server), but the stats thread
   reads/resets it through a second pointer while holding g_stats_lock only. */
#include <pthread.h>
struct server { pthread_mutex_t lock; int nconns; };
static struct server g_server = { PTHREAD_MUTEX_INITIALIZER, 0 };
static struct server *g_srv = &g_server;
static pthread_mutex_t g_stats_lock = PTHREAD_MUTEX_INITIALIZER;

static void *worker(void *arg) {
    struct server *srv = g_srv;
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&srv->lock);
        srv->nconns++;
        pthread_mutex_unlock(&srv->lock);
    }
    return NULL;
}
static void *stats(void *arg) {
    struct server *s = arg;
    pthread_mutex_lock(&g_stats_lock);
    s->nconns = 0;
    pthread_mutex_unlock(&g_stats_lock);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, stats, &g_server);
    pthread_join(a, NULL); pthread_join(b, NULL);
    return 0;
}
