/* TRUTH: racy. Both creates store into t[0], so the single join of t[0] joins only the second worker; the first may still write total when main reads it. */
#include <pthread.h>
int total;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    total++;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t t[2];
    int i;
    for (i = 0; i < 2; i++)
        pthread_create(&t[0], NULL, worker, NULL);
    pthread_join(t[0], NULL);
    return total;
}
