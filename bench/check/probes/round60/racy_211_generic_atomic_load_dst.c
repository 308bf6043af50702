/* TRUTH: racy — the generic builtin __atomic_load(&src, &snap, ...) reads src atomically but stores the result into snap with a plain write; T1 does that repeatedly while T2 reads snap plainly: plain write vs plain read of snap, unordered. */
#include <pthread.h>
#include <stdio.h>
static int src = 5;
static int snap;
static long sum;
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) __atomic_load(&src, &snap, __ATOMIC_SEQ_CST);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10000; i++) sum += snap;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", sum);
    return 0;
}
