/* TRUTH: free — message passing: plain msg written, then release store to ready; reader spins on acquire load before reading msg */
#include <pthread.h>
#include <stdatomic.h>
#include <string.h>
static char msg[32];
static atomic_int ready;
static void *sender(void *a) {
    (void)a;
    strcpy(msg, "hello");
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}
static void *receiver(void *a) {
    (void)a;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) { }
    return (void *)(long)strlen(msg);
}
int main(void) {
    pthread_t s, r;
    pthread_create(&r, NULL, receiver, NULL);
    pthread_create(&s, NULL, sender, NULL);
    pthread_join(s, NULL);
    pthread_join(r, NULL);
    return 0;
}
