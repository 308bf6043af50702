/* TRUTH: free — T1's loop steps by 2 (i += 2) from 0 below 10, writing only even elements; T2 writes a[5] only; distinct elements. */
#include <pthread.h>
#include <stdio.h>
static int a[10];
static void *t1(void *arg) {
    for (int i = 0; i < 10; i += 2) a[i] = 1;
    return arg;
}
static void *t2(void *arg) { a[5] = 7; return arg; }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d %d\n", a[4], a[5]);
    return 0;
}
