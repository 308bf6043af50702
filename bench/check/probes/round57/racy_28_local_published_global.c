/* TRUTH: racy — the worker writes `local++` right after publishing &local (without waiting for `consumed`), while main writes *slot (= local) under m; the worker's local++ is outside the lock, so the two writes to `local` are unordered. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int *slot;
static int consumed;
static void *worker(void *u) {
    (void)u;
    int local = 55;
    pthread_mutex_lock(&m);
    slot = &local;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    local++;
    pthread_mutex_lock(&m);
    while (!consumed) pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_create(&t, NULL, worker, NULL);
    pthread_mutex_lock(&m);
    while (!slot) pthread_cond_wait(&cv, &m);
    int v = *slot;
    *slot = v + 1;
    consumed = 1;
    pthread_cond_broadcast(&cv);
    pthread_mutex_unlock(&m);
    pthread_join(t, NULL);
    printf("%d\n", v);
    return 0;
}
