/* TRUTH: racy — the thread's seq_cst __atomic_store_n(&x,1) and main's plain read of x (done before pthread_join) are unordered. */
#include <pthread.h>
#include <stdio.h>
static int x;
static void *t1(void *arg) {
    __atomic_store_n(&x, 1, __ATOMIC_SEQ_CST);
    return arg;
}
int main(void) {
    pthread_t a;
    pthread_create(&a, NULL, t1, NULL);
    int r = x;
    pthread_join(a, NULL);
    printf("%d\n", r);
    return 0;
}
