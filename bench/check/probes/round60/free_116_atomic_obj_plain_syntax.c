/* TRUTH: free — x is declared _Atomic, so the "plain-looking" x = 1, x += 2, x++ and r = x are all seq_cst atomic operations; two atomic accesses never race. */
#include <pthread.h>
#include <stdio.h>
static _Atomic int x;
static int r;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) { x = 1; x += 2; }
    return arg;
}
static void *t2(void *arg) {
    int s = 0;
    for (int i = 0; i < 1000; i++) { x++; s += x; }
    r = s;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", (int)x, r);
    return 0;
}
