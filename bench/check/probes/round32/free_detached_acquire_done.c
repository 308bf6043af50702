/* TRUTH: race-free. The detached worker writes result then release-stores done; main spins on an acquire load of done before reading result. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int done;
int result;
static void *worker(void *arg) {
    (void)arg;
    result = 99;
    atomic_store_explicit(&done, 1, memory_order_release);
    return NULL;
}
int main(void) {
    pthread_t t;
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
    pthread_create(&t, &at, worker, NULL);
    while (!atomic_load_explicit(&done, memory_order_acquire))
        ;
    return result;
}
