/* TRUTH: racy — T1 reads mode==0, passes two barriers, and reads mode again: T2 set mode=1 between the barriers (ordered, no race on mode), so T1 now takes `if (mode == 1)` and increments shared after the second barrier, concurrently with T2's shared++ after the same barrier. */
#include <pthread.h>
#include <stdio.h>
static pthread_barrier_t b1, b2;
static int mode;
static int shared;
static void *t1(void *arg) {
    if (mode == 0) {
        pthread_barrier_wait(&b1);
        pthread_barrier_wait(&b2);
        if (mode == 1)
            for (int i = 0; i < 10000; i++) shared++;
    }
    return arg;
}
static void *t2(void *arg) {
    pthread_barrier_wait(&b1);
    mode = 1;
    pthread_barrier_wait(&b2);
    for (int i = 0; i < 10000; i++) shared++;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_barrier_init(&b1, NULL, 2);
    pthread_barrier_init(&b2, NULL, 2);
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
