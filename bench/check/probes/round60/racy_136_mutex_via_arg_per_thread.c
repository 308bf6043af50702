/* TRUTH: racy — each thread is handed its OWN mutex through its argument and locks it around shared++; the two mutexes are distinct objects, so the plain increments of the global race. */
#include <pthread.h>
#include <stdio.h>
static int shared;
static void *work(void *arg) {
    pthread_mutex_t *m = arg;
    for (int i = 0; i < 10000; i++) { pthread_mutex_lock(m); shared++; pthread_mutex_unlock(m); }
    return NULL;
}
int main(void) {
    pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
    pthread_t a, b;
    pthread_create(&a, NULL, work, &ma);
    pthread_create(&b, NULL, work, &mb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared);
    return 0;
}
