/* TRUTH: racy — T1 copies into buf with __builtin_memcpy while T2 writes buf[1] plainly; the memcpy writes buf[1] too, unordered. */
#include <pthread.h>
#include <stdio.h>
static int buf[4];
static const int src[4] = { 1, 2, 3, 4 };
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) __builtin_memcpy(buf, src, sizeof buf);
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) buf[1] = -i;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", buf[1]);
    return 0;
}
