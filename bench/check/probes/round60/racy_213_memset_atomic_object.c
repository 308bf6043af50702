/* TRUTH: racy — T1 resets the _Atomic counter with memset, a non-atomic (byte-wise) write of the atomic object, while T2 increments it with atomic_fetch_add; a non-atomic access conflicting with an atomic one, unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
static atomic_int hits;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) memset(&hits, 0, sizeof hits);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) atomic_fetch_add(&hits, 1);
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", atomic_load(&hits));
    return 0;
}
