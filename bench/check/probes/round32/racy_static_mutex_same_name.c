/* TRUTH: racy. Each function has its own static mutex named lk, so counter is guarded by two different mutexes in the two threads. */
#include <pthread.h>
int counter;
static void *left(void *arg) {
    static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
    (void)arg;
    pthread_mutex_lock(&lk);
    counter++;
    pthread_mutex_unlock(&lk);
    return NULL;
}
static void *right(void *arg) {
    static pthread_mutex_t lk = PTHREAD_MUTEX_INITIALIZER;
    (void)arg;
    pthread_mutex_lock(&lk);
    counter++;
    pthread_mutex_unlock(&lk);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, left, NULL);
    pthread_create(&b, NULL, right, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
