/* FREE: an external function decides which of two counters to bump, but both are
   always accessed under the same mutex. */
#include <pthread.h>
#include <stdio.h>
extern int classify(int);
static int small, large;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *a) {
    long base = (long)a;
    for (int i = 0; i < 100; i++) {
        int c = classify((int)base + i);
        pthread_mutex_lock(&mu);
        if (c) large++; else small++;
        pthread_mutex_unlock(&mu);
    }
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (long i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, (void *)(i * 100));
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", small, large);
    return 0;
}
