/* FREE: per-thread scratch counter declared _Thread_local; each thread has its own
   copy; shared total updated under a lock. */
#include <pthread.h>
#include <stdio.h>
static _Thread_local int scratch;
static long total;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void bump(int k) { scratch += k; }
static void *worker(void *a) {
    long k = (long)a;
    for (int i = 0; i < 100; i++) bump((int)k);
    pthread_mutex_lock(&mu);
    total += scratch;
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%ld\n", total);
    return 0;
}
