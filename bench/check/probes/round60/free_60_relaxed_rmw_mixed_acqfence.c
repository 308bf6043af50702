/* TRUTH: free — T1 writes data plainly then RELEASE fetch_add on c; T2 does a RELAXED fetch_add on c; T3 spins with RELAXED loads until c==2 then an acquire fence and reads data. Whichever order the RMWs happen in, the value 2 is T1's RMW or an RMW in T1's release sequence, so T1's release synchronizes with T3's acquire fence. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int c;
static int data;
static int out;
static void *t1(void *arg) {
    data = 1;
    atomic_fetch_add_explicit(&c, 1, memory_order_release);
    return arg;
}
static void *t2(void *arg) {
    atomic_fetch_add_explicit(&c, 1, memory_order_relaxed);
    return arg;
}
static void *t3(void *arg) {
    while (atomic_load_explicit(&c, memory_order_relaxed) != 2)
        ;
    atomic_thread_fence(memory_order_acquire);
    out = data;
    return arg;
}
int main(void) {
    pthread_t a, b, d;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_create(&d, NULL, t3, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(d, NULL);
    printf("%d\n", out);
    return 0;
}
