/* TRUTH: racy — u.i and u.c[0] overlap (same storage); T1 writes u.i and T2 writes u.c[0] concurrently, conflicting plain writes to the same bytes. */
#include <pthread.h>
#include <stdio.h>
static union { int i; char c[4]; } u;
static void *t1(void *arg) {
    for (int k = 0; k < 1000; k++) u.i = k;
    return arg;
}
static void *t2(void *arg) {
    for (int k = 0; k < 1000; k++) u.c[0] = (char)k;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", u.i);
    return 0;
}
