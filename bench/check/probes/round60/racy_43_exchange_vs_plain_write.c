/* TRUTH: racy — T1's __atomic_exchange_n(&x,1) and T2's plain x = 2 are unordered (atomic write vs plain write). */
#include <pthread.h>
#include <stdio.h>
static int x;
static int old;
static void *t1(void *arg) {
    old = __atomic_exchange_n(&x, 1, __ATOMIC_SEQ_CST);
    return arg;
}
static void *t2(void *arg) {
    x = 2;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", x, old);
    return 0;
}
