/* TRUTH: free — T1 does an atomic store to x then RELEASE-stores flag; T2 ACQUIRE-waits for flag; main joins only T2 and then writes x plainly. T1's atomic store happens-before T2's load (synchronizes-with), which happens-before main's plain write (join). main joins T1 only afterwards. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int flag;
static void *t1(void *arg) {
    __atomic_store_n(&x, 1, __ATOMIC_RELAXED);
    atomic_store_explicit(&flag, 1, memory_order_release);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&flag, memory_order_acquire))
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
