/* TRUTH: free — the worker publishes &local (its own stack variable) into global `slot` under mutex m, then waits on the condvar until main has consumed; main reads *slot under m after seeing it published, and the worker only touches local again after `consumed`. */
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
    while (!consumed) pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    local++;
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
