/* TRUTH: racy — the waiter polls ready with an ACQUIRE __atomic_load_n in an if+goto loop, but the setter writes ready with a plain store; plain write vs concurrent atomic read, unordered. */
#include <pthread.h>
#include <stdio.h>
static int ready;
static int data;
static int out;
static void *waiter(void *arg) {
spin:
    if (__atomic_load_n(&ready, __ATOMIC_ACQUIRE) == 0)
        goto spin;
    out = data;
    return arg;
}
static void *setter(void *arg) {
    data = 6;
    ready = 1;                  /* plain */
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, waiter, NULL);
    pthread_create(&b, NULL, setter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
