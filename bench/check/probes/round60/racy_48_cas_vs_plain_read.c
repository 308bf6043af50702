/* TRUTH: racy — T1's successful __sync_bool_compare_and_swap(&x,0,1) writes x atomically while T2 reads x plainly; nothing orders them. */
#include <pthread.h>
#include <stdio.h>
static int x;
static int won, seen;
static void *t1(void *arg) {
    won = __sync_bool_compare_and_swap(&x, 0, 1);
    return arg;
}
static void *t2(void *arg) {
    seen = x;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", won, seen);
    return 0;
}
