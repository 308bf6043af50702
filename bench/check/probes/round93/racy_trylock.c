// Trylock with a "fallback" that updates the counter without the lock when
// trylock fails: the fallback write races with the locked one.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int qlen;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        if (pthread_mutex_trylock(&m) == 0) {
            qlen++;
            pthread_mutex_unlock(&m);
        } else {
            qlen++;
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
