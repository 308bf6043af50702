/* TRUTH: free — T1 writes x with a relaxed __atomic_store_n then RELEASE-stores flag; T2 waits for flag with ACQUIRE loads and only then does a plain read-modify-write of x; main reads x plainly after joins. The atomic/plain pair on x is ordered by the release/acquire hand-off through flag. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag;
static void *t1(void *arg) {
    __atomic_store_n(&x, 5, __ATOMIC_RELAXED);
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&flag, memory_order_acquire))
        ;
    x += 1;                     /* plain */
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
