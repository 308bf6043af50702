/* TRUTH: racy — &i is passed to each thread; main's i++ races with the threads' reads of *arg */
#include <pthread.h>
#include <stdio.h>
#define NT 4
static int seen[NT];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg) {
    int id = *(int *)arg;
    pthread_mutex_lock(&m);
    if (id >= 0 && id < NT) seen[id]++;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t t[NT];
    int i;
    for (i = 0; i < NT; i++) pthread_create(&t[i], NULL, worker, &i);
    for (int j = 0; j < NT; j++) pthread_join(t[j], NULL);
    for (int j = 0; j < NT; j++) printf("%d ", seen[j]);
    return 0;
}
