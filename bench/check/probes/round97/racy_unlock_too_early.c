/* RACY: the worker unlocks before the final write of `last_writer`, so two workers
   can write it concurrently. */
#include <pthread.h>
#include <stdio.h>
static int seq;
static long last_writer;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *a) {
    long id = (long)a;
    pthread_mutex_lock(&mu);
    seq++;
    pthread_mutex_unlock(&mu);
    last_writer = id;
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (long i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d %ld\n", seq, last_writer);
    return 0;
}
