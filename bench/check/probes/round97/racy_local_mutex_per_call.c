/* RACY: the mutex is a non-static local, so every call locks a fresh mutex and
   provides no exclusion for the global `next_id`. */
#include <pthread.h>
#include <stdio.h>
static int next_id;
static int alloc_id(void) {
    pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
    pthread_mutex_lock(&m);
    int id = next_id++;
    pthread_mutex_unlock(&m);
    return id;
}
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) alloc_id();
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, NULL);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", next_id);
    return 0;
}
