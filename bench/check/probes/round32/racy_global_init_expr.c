/* TRUTH: racy. mode is initialised to 2 + 3 == 5, so both threads take the branch and do hits++ unlocked. */
#include <pthread.h>
int mode = 2 + 3;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (mode == 5)
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
