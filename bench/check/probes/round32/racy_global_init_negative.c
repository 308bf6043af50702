/* TRUTH: racy. level starts at -1, so level < 0 holds in both threads and both do hits++ unlocked. */
#include <pthread.h>
int level = -1;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (level < 0)
        hits++;
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
