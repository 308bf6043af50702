// Trylock result tested the wrong way round (0 means acquired): the thread
// that failed to get the lock writes qlen while the other holds it -> race.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int qlen;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        int busy = pthread_mutex_trylock(&m);
        if (busy) {
            qlen++;
        } else {
            qlen += 2;
            pthread_mutex_unlock(&m);
        }
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", qlen);
    return 0;
}
