/* TRUTH: racy — the user waits with if (!ready) instead of a loop (line 23): after a spurious wakeup (allowed by POSIX) it goes on with ready still 0 and reads config_value (line 26) while the loader writes it (line 12). */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int config_value;

static void *loader(void *arg) {
    (void)arg;
    config_value = 42; // @A
    pthread_mutex_lock(&mu);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&mu);
    return NULL;
}

static void *user(void *arg) {
    (void)arg;
    pthread_mutex_lock(&mu);
    if (!ready) // @C
        pthread_cond_wait(&cv, &mu);
    pthread_mutex_unlock(&mu);
    return (void *)(long)config_value; // @B
}

int main(void) {
    pthread_t a, b;
    pthread_create(&b, NULL, user, NULL);
    pthread_create(&a, NULL, loader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
