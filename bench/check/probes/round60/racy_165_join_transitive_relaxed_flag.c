/* TRUTH: racy — as in a join-transitive hand-off, but flag is stored and loaded RELAXED: T2 seeing the flag does not synchronize with T1, so after joining only T2, main's plain write x=2 is unordered with T1's atomic store to x. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag;
static void *t1(void *arg) {
    __atomic_store_n(&x, 1, __ATOMIC_RELAXED);
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(b, NULL);
    x = 2;
    printf("%d\n", x);
    pthread_join(a, NULL);
    return 0;
}
