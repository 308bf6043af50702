/* TRUTH: free — T1: plain data write, RELEASE store c=1; T2: waits (relaxed) for c>=1 then does a RELAXED fetch_add (c becomes 2) — an RMW, so it continues T1's release sequence; T3: ACQUIRE-waits for c==2 and reads data plainly: it synchronizes with T1's release store. T2 never touches data. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int c;
static int data;
static int out;
static void *t1(void *arg) {
    data = 55;
    atomic_store_explicit(&c, 1, memory_order_release);
    return arg;
}
static void *t2(void *arg) {
    while (atomic_load_explicit(&c, memory_order_relaxed) < 1)
        ;
    atomic_fetch_add_explicit(&c, 1, memory_order_relaxed);
    return arg;
}
static void *t3(void *arg) {
    while (atomic_load_explicit(&c, memory_order_acquire) != 2)
        ;
    out = data;
    return arg;
}
int main(void) {
    pthread_t a, b, d;
    pthread_create(&d, NULL, t3, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_create(&a, NULL, t1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(d, NULL);
    printf("%d\n", out);
    return 0;
}
