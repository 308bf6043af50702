/* TRUTH: racy — T1 increments shared under mutex ma, T2 under mutex mb; different locks give no mutual exclusion, so the plain RMWs race. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
static int shared;
static void *t1(void *arg) {
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&ma); shared++; pthread_mutex_unlock(&ma); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 1000; i++) { pthread_mutex_lock(&mb); shared++; pthread_mutex_unlock(&mb); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
