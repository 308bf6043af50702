/* TRUTH: racy — T1 protects shared with locks[0] and T2 with locks[1]; different mutex objects, so the plain shared++ in the two threads race. */
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int shared;
static void *t1(void *arg) {
    for (int i = 0; i < 10000; i++) { pthread_mutex_lock(&locks[0]); shared++; pthread_mutex_unlock(&locks[0]); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 10000; i++) { pthread_mutex_lock(&locks[1]); shared++; pthread_mutex_unlock(&locks[1]); }
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
