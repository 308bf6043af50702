/* TRUTH: race-free. counter is touched only in the branch where trylock succeeded, and by main after joining. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter;
static void *worker(void *arg) {
    (void)arg;
    if (pthread_mutex_trylock(&m) == 0) {
        counter++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_t t[2];
    int i;
    for (i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (i = 1; i >= 0; i--)
        pthread_join(t[i], NULL);
    return counter;
}
