/* TRUTH: racy. walk(2) -> walk(1) unlocks m and calls walk(0), which does counter++ without the lock; two threads do this concurrently. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter;
static void walk(int d) {
    if (d == 0) {
        counter++;
        return;
    }
    if (d == 1) {
        pthread_mutex_unlock(&m);
        walk(0);
        pthread_mutex_lock(&m);
        return;
    }
    walk(d - 1);
}
static void *worker(void *arg) {
    (void)arg;
    pthread_mutex_lock(&m);
    walk(2);
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
