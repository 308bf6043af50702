/* RACY: each thread decides via rand() whether to lock before bumping `hits`;
   when both skip the lock (or one skips) the writes race. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
static int hits;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *a) {
    int use_lock = *(int *)a;
    if (use_lock) pthread_mutex_lock(&mu);
    hits++;
    if (use_lock) pthread_mutex_unlock(&mu);
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    int c1 = rand() % 2, c2 = rand() % 2;
    pthread_create(&t1, NULL, worker, &c1);
    pthread_create(&t2, NULL, worker, &c2);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", hits);
    return 0;
}
