/* TRUTH: free — each thread sets its own seq_cst flag then reads the other's; under seq_cst at most one thread can read 0, so at most one thread writes `winner`; main reads winner after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int wantA, wantB;
static int winner;
static void *A(void *u) {
    (void)u;
    atomic_store(&wantA, 1);
    if (atomic_load(&wantB) == 0) winner = 1;
    return NULL;
}
static void *B(void *u) {
    (void)u;
    atomic_store(&wantB, 1);
    if (atomic_load(&wantA) == 0) winner = 2;
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
