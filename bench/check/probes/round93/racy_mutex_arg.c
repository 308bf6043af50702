// Each thread receives a pointer to its own freshly initialised mutex, so the
// "locked" updates of the shared total are not mutually exclusive -> race.
#include <pthread.h>
#include <stdio.h>
static long total;
static void *worker(void *arg) {
    pthread_mutex_t *m = arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(m);
        total += i;
        pthread_mutex_unlock(m);
    }
    return NULL;
}
int main(void) {
    pthread_mutex_t m1, m2;
    pthread_mutex_init(&m1, NULL);
    pthread_mutex_init(&m2, NULL);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, &m1);
    pthread_create(&b, NULL, worker, &m2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
