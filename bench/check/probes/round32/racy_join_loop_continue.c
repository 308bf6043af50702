/* TRUTH: racy. The join loop skips t[2] with continue, so worker 2 may still be writing total when main reads it. */
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
    pthread_t t[4];
    int i;
    for (i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (i = 0; i < 4; i++) {
        if (i == 2)
            continue;
        pthread_join(t[i], NULL);
    }
    return total;
}
