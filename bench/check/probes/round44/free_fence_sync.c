/* TRUTH: free — release fence before a relaxed flag store, acquire fence after the relaxed flag load: fence-fence synchronisation orders the plain buffer */
#include <pthread.h>
#include <stdatomic.h>
static int buffer[4];
static atomic_int published;
static void *prod(void *a) {
    (void)a;
    for (int i = 0; i < 4; i++) buffer[i] = i * i;
    atomic_thread_fence(memory_order_release);
    atomic_store_explicit(&published, 1, memory_order_relaxed);
    return NULL;
}
static void *cons(void *a) {
    (void)a;
    while (!atomic_load_explicit(&published, memory_order_relaxed)) { }
    atomic_thread_fence(memory_order_acquire);
    return (void *)(long)(buffer[0] + buffer[3]);
}
int main(void) {
    pthread_t p, c;
    pthread_create(&c, NULL, cons, NULL);
    pthread_create(&p, NULL, prod, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
