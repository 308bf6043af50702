/* TRUTH: racy. work(256) passes 256 to an unsigned char parameter, which becomes 0, so no lock is taken and both threads do counter++ unlocked. */
#include <pthread.h>
int counter;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void work(unsigned char locked) {
    if (locked)
        pthread_mutex_lock(&m);
    counter++;
    if (locked)
        pthread_mutex_unlock(&m);
}
static void *worker(void *arg) {
    (void)arg;
    work(256);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
