/* TRUTH: racy — `extern int y __asm__("x")` makes y another name for the object x (same symbol); T1 increments x and T2 increments y without synchronization: conflicting plain RMWs on one object. */
#include <pthread.h>
#include <stdio.h>
int x;
extern int y __asm__("x");
static void *t1(void *arg) { for (int i = 0; i < 10000; i++) x++; return arg; }
static void *t2(void *arg) { for (int i = 0; i < 10000; i++) y++; return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
