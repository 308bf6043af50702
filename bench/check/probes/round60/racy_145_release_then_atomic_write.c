/* TRUTH: racy — T1 publishes with a RELEASE store of flag and only AFTER that writes x with a relaxed __atomic_store_n; T2 waits for flag (ACQUIRE) and then reads x plainly; T1's post-publish atomic write is unordered with T2's plain read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag;
static int out;
static void *t1(void *arg) {
    atomic_store_explicit(&flag, 1, memory_order_release);
    __atomic_store_n(&x, 9, __ATOMIC_RELAXED);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&flag, memory_order_acquire))
        ;
    out = x;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
