// pthread_cleanup_pop(1) runs the handler, which unlocks m; the following
// update of counter is therefore unprotected and races with the other thread.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void unlock_it(void *p) { pthread_mutex_unlock(p); }
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        pthread_mutex_lock(&m);
        pthread_cleanup_push(unlock_it, &m);
        counter++;
        pthread_cleanup_pop(1);
        counter++;
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
