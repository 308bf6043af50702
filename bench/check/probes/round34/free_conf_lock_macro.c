/* TRUTH: free — CONF_LOCK() expands to pthread_mutex_lock(&g_locks[1]); the reloader (line 14) and the admin thread (line 22, which spells &g_locks[1] directly) both hold g_locks[1] while writing conf_version. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t g_locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
#define CONF_LOCK()   pthread_mutex_lock(&g_locks[1])
#define CONF_UNLOCK() pthread_mutex_unlock(&g_locks[1])

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
    pthread_mutex_lock(&g_locks[1]);
    conf_version++; // @B
    pthread_mutex_unlock(&g_locks[1]);
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
