/* TRUTH: racy — Peterson written with plain ints: flag/turn are written and read concurrently without atomics */
#include <pthread.h>
static int flag0, flag1, turn;
static int x;
static void *t0(void *a) {
    (void)a;
    flag0 = 1;
    turn = 1;
    while (flag1 == 1 && turn == 1) { }
    x = 1;
    flag0 = 0;
    return NULL;
}
static void *t1(void *a) {
    (void)a;
    flag1 = 1;
    turn = 0;
    while (flag0 == 1 && turn == 0) { }
    x = 2;
    flag1 = 0;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t0, NULL);
    pthread_create(&b, NULL, t1, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
