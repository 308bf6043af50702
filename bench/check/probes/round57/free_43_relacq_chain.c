/* TRUTH: free — A writes `data` then release-stores f1; B acquire-spins on f1 then release-stores f2; C acquire-spins on f2 then reads data. Happens-before is transitive (A's write -> f1 -> B -> f2 -> C's read). */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static long data;
static atomic_int f1, f2;
static void *A(void *u) { (void)u; data = 31337; atomic_store_explicit(&f1, 1, memory_order_release); return NULL; }
static void *B(void *u) {
    (void)u;
    while (!atomic_load_explicit(&f1, memory_order_acquire)) ;
    atomic_store_explicit(&f2, 1, memory_order_release);
    return NULL;
}
static void *C(void *out) {
    while (!atomic_load_explicit(&f2, memory_order_acquire)) ;
    *(long *)out = data;
    return NULL;
}
int main(void) {
    long v = 0;
    pthread_t a, b, c;
    pthread_create(&c, NULL, C, &v);
    pthread_create(&b, NULL, B, NULL);
    pthread_create(&a, NULL, A, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", v);
    return 0;
}
