/* TRUTH: racy — T1's __sync_fetch_and_add(&c,1) (atomic) and T2's plain c++ (non-atomic read+write) on the same int are unordered. */
#include <pthread.h>
#include <stdio.h>
static int c;
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) __sync_fetch_and_add(&c, 1);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10000; i++) c++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", c);
    return 0;
}
