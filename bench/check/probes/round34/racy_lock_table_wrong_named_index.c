/* TRUTH: racy — the admin thread takes g_locks[LOCK_STATS] (index 0), the wrong one of the two, around conf.version++ (line 28), while conf_set_version writes conf.version under g_locks[LOCK_CONF] (index 1) (line 14). */
#include <pthread.h>
#include <stdio.h>

#define NLOCKS 2
#define LOCK_STATS 0
#define LOCK_CONF 1

static pthread_mutex_t g_locks[NLOCKS] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static struct { int version; long reloads; } conf;

static void conf_set_version(int v) {
    pthread_mutex_lock(&g_locks[LOCK_CONF]);
    conf.version = v; // @A
    conf.reloads++;
    pthread_mutex_unlock(&g_locks[LOCK_CONF]);
}

static void *reloader(void *arg) {
    (void)arg;
    conf_set_version(2);
    return NULL;
}

static void *admin(void *arg) {
    (void)arg;
    pthread_mutex_lock(&g_locks[LOCK_STATS]);
    conf.version++; // @B
    pthread_mutex_unlock(&g_locks[LOCK_STATS]);
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, reloader, NULL);
    pthread_create(&b, NULL, admin, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %ld\n", conf.version, conf.reloads);
    return 0;
}
