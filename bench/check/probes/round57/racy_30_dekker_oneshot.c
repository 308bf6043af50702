/* TRUTH: racy — with memory_order_relaxed (store buffering allowed) both threads may read 0 and both write `winner` concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int wantA, wantB;
static int winner;
static void *A(void *u) {
    (void)u;
    atomic_store_explicit(&wantA, 1, memory_order_relaxed);
    if (atomic_load_explicit(&wantB, memory_order_relaxed) == 0) winner = 1;
    return NULL;
}
static void *B(void *u) {
    (void)u;
    atomic_store_explicit(&wantB, 1, memory_order_relaxed);
    if (atomic_load_explicit(&wantA, memory_order_relaxed) == 0) winner = 2;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, A, NULL);
    pthread_create(&b, NULL, B, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", winner);
    return 0;
}
