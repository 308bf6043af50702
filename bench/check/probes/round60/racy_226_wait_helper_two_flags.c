/* TRUTH: racy — wait_on()/publish() helpers take the flag by pointer and are used for two flags: A writes da then publishes fa; B publishes fb without writing anything; R waits on fb only and then reads da — it synchronized with B, not A, so A's plain write of da and R's read race. (main also waits on fa, so the helper sees both flags.) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_int fa, fb;
static int da;
static int out;
static void wait_on(atomic_int *f) {
    while (!atomic_load_explicit(f, memory_order_acquire))
        ;
}
static void publish(atomic_int *f) { atomic_store_explicit(f, 1, memory_order_release); }
static void *A(void *arg) { da = 1; publish(&fa); return arg; }
static void *B(void *arg) { publish(&fb); return arg; }
static void *R(void *arg) { wait_on(&fb); out = da; return arg; }
int main(void) {
    pthread_t a, b, r;
    pthread_create(&r, NULL, R, NULL);
    pthread_create(&b, NULL, B, NULL);
    pthread_create(&a, NULL, A, NULL);
    wait_on(&fa);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    pthread_join(r, NULL);
    printf("%d\n", out);
    return 0;
}
