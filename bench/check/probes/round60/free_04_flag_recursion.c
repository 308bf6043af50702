/* TRUTH: free — the waiter waits for the flag by recursion on an ACQUIRE __atomic_load_n; main's plain write of payload and RELEASE store of ready happen-before the waiter's plain read of payload and its plain write ready=2; main reads ready plainly only after join. */
#include <pthread.h>
#include <stdio.h>
#include <sched.h>
static int ready;
static int payload;
static int seen;
static void wait_ready(void) {
    if (__atomic_load_n(&ready, __ATOMIC_ACQUIRE))
        return;
    sched_yield();
    wait_ready();
}
static void *waiter(void *arg) {
    wait_ready();
    seen = payload;
    ready = 2;       /* plain write of the flag word after it was observed */
    return arg;
}
int main(void) {
    pthread_t t;
    payload = 99;
    pthread_create(&t, NULL, waiter, NULL);
    payload = 100;
    __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
    pthread_join(t, NULL);
    printf("%d %d\n", seen, ready);
    return 0;
}
