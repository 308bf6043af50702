/* TRUTH: free — relaxed atomic counters are only statistics (all accesses atomic); the shared plain list/len is only touched under mutex m; main reads after join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static atomic_long ops;
static int items[64];
static int len;
static void *worker(void *arg) {
    for (int i = 0; i < 20; i++) {
        atomic_fetch_add_explicit(&ops, 1, memory_order_relaxed);
        pthread_mutex_lock(&m);
        if (len < 64) items[len++] = i;
        pthread_mutex_unlock(&m);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %ld\n", len, atomic_load_explicit(&ops, memory_order_relaxed));
    return 0;
}
