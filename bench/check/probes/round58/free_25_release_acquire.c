/* TRUTH: free — t1 writes a[0..7] then stores ready=1 with release; t2 spins on an acquire load of ready before writing a[0..7]: happens-before. */
#include <pthread.h>
#include <stdatomic.h>
static int a[8];
static atomic_int ready;
static void *t1(void *p) { (void)p; for (int i = 0; i < 8; i++) a[i] = 1; atomic_store_explicit(&ready, 1, memory_order_release); return NULL; }
static void *t2(void *p) {
    (void)p;
    while (!atomic_load_explicit(&ready, memory_order_acquire)) ;
    for (int i = 0; i < 8; i++) a[i] = 2;
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL); pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return a[0];
}
