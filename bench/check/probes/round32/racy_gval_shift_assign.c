/* TRUTH: racy. main doubles g from 1 to 2 with g <<= 1; both threads see g == 2 and do hits++ unlocked. */
#include <pthread.h>
int g = 1;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (g == 2)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    g <<= 1;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
