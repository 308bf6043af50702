/* TRUTH: racy — the admin thread takes g_locks[0] (the stats lock, via STATS_LOCK()) (line 24) while the reloader writes conf_version under g_locks[1] via CONF_LOCK() (line 16): two different mutexes. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t g_locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
#define CONF_LOCK()   pthread_mutex_lock(&g_locks[1])
#define CONF_UNLOCK() pthread_mutex_unlock(&g_locks[1])
#define STATS_LOCK()   pthread_mutex_lock(&g_locks[0])
#define STATS_UNLOCK() pthread_mutex_unlock(&g_locks[0])

static int conf_version;

static void *reloader(void *arg) {
    (void)arg;
    CONF_LOCK();
    conf_version = 2; // @A
    CONF_UNLOCK();
    return NULL;
}

static void *admin(void *arg) {
    (void)arg;
    STATS_LOCK();
    conf_version++; // @B
    STATS_UNLOCK();
    return NULL;
}

int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, reloader, NULL);
    pthread_create(&b, NULL, admin, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", conf_version);
    return 0;
}
