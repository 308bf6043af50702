// Error-checking mutex re-locked in a helper: the inner lock fails (EDEADLK),
// the inner unlock releases m, so the caller's counter += 2 is unprotected -> race.
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static int counter;
static void bump(void) { pthread_mutex_lock(&m); counter++; pthread_mutex_unlock(&m); }
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        bump();
        counter += 2;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
