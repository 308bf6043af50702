/* TRUTH: free — `1[locks]` is the same lvalue as `locks[1]` (E1[E2] is *((E1)+(E2))); T1 locks &locks[1] and T2 locks &1[locks], one mutex, and shared is only touched while holding it. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int shared;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&locks[1]); shared++; pthread_mutex_unlock(&locks[1]); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&1[locks]); shared--; pthread_mutex_unlock(&1[locks]); }
    return arg;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, t1, NULL);
    pthread_create(&y, NULL, t2, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", shared);
    return 0;
}
