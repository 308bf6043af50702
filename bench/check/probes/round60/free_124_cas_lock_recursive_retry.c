/* TRUTH: free — spin lock acquired by a function that retries a strong __atomic_compare_exchange_n (ACQUIRE) by calling itself, released with __atomic_store_n(RELEASE); the plain shared list length and array are only touched while holding it. */
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
static int L;
static int len;
static int items[2000];
static void lk(void) {
    int e = 0;
    if (__atomic_compare_exchange_n(&L, &e, 1, 0, __ATOMIC_ACQUIRE, __ATOMIC_RELAXED))
        return;
    sched_yield();
    lk();
}
static void ulk(void) { __atomic_store_n(&L, 0, __ATOMIC_RELEASE); }
static void *work(void *arg) {
    for (int i = 0; i < 1000; i++) { lk(); items[len++] = i; ulk(); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, work, NULL);
    pthread_create(&b, NULL, work, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", len);
    return 0;
}
