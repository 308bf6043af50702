/* TRUTH: racy — `extern int y __attribute__((alias("x")))` declares y as an alias of x (one object); T1 writes x and T2 writes y concurrently without synchronization. */
#include <pthread.h>
#include <stdio.h>
int x;
extern int y __attribute__((alias("x")));
static void *t1(void *arg) { for (int i = 0; i < 10000; i++) x = i; return arg; }
static void *t2(void *arg) { for (int i = 0; i < 10000; i++) y = -i; return arg; }
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
