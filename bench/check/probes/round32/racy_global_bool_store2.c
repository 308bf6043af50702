/* TRUTH: racy. on is a _Bool; main stores 2 which becomes 1, so on == 1 holds and both threads do hits++ unlocked. */
#include <pthread.h>
#include <stdbool.h>
bool on;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (on == 1)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    on = 2;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
