// Trylock loop: spin on pthread_mutex_trylock until it succeeds, then update
// the shared queue length under the mutex.
#include <pthread.h>
#include <sched.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int qlen;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        while (pthread_mutex_trylock(&m) != 0)
            sched_yield();
        qlen++;
        pthread_mutex_unlock(&m);
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
