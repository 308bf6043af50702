/* FREE: each thread builds a private histogram on its stack and merges it into the
   shared one under a mutex. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int hist[4];
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *a) {
    unsigned seed = (unsigned)(long)a;
    int local[4] = { 0 };
    for (int i = 0; i < 1000; i++) local[rand_r(&seed) % 4]++;
    pthread_mutex_lock(&mu);
    for (int i = 0; i < 4; i++) hist[i] += local[i];
    pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)(i + 1));
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    for (int i = 0; i < 4; i++) printf("%d\n", hist[i]);
    return 0;
}
