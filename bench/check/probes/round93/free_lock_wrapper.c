// The mutex is taken and released through small wrapper functions; the shared
// counter is only touched between them -> race-free.
#include <pthread.h>
#include <stdio.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int counter;
static void acquire(pthread_mutex_t *l) { pthread_mutex_lock(l); }
static void release(pthread_mutex_t *l) { pthread_mutex_unlock(l); }
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) { acquire(&m); counter++; release(&m); }
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
