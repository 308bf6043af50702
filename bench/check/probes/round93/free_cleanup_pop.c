// Both updates of counter happen before pthread_cleanup_pop(1) runs the handler
// that unlocks m -> all updates are under m, race-free.
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
        counter++;
        pthread_cleanup_pop(1);
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
