/* TRUTH: racy — T1 writes x plainly and RELEASE-stores a; T3 RELEASE-stores b without ever looking at a; T2 ACQUIRE-waits on b and reads x plainly. Nothing orders T1's write of x before T2's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static int x;
static atomic_int a, b;
static int out;
static void *t1(void *arg) {
    x = 3;
    atomic_store_explicit(&a, 1, memory_order_release);
    return arg;
}
static void *t3(void *arg) {
    atomic_store_explicit(&b, 1, memory_order_release);
    return arg;
}
static void *t2(void *arg) {
    while (!atomic_load_explicit(&b, memory_order_acquire))
        ;
    out = x;
    return arg;
}
int main(void) {
    pthread_t p, q, r;
    pthread_create(&p, NULL, t1, NULL);
    pthread_create(&q, NULL, t2, NULL);
    pthread_create(&r, NULL, t3, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    pthread_join(r, NULL);
    printf("%d %d\n", out, atomic_load(&a));
    return 0;
}
