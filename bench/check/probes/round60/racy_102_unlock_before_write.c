/* TRUTH: racy — T1 reads `last` under the lock but writes it after unlocking; T2 reads/writes it under the lock; T1's unlocked plain write races with T2's accesses. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int last;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        int v = last;
        pthread_mutex_unlock(&m);
        last = v + 1;
    }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        last = last + 2;
        pthread_mutex_unlock(&m);
    }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", last);
    return 0;
}
