/* TRUTH: racy. main does g += -3, so g is -3 when the threads start; both see g < 0 and do hits++ unlocked. */
#include <pthread.h>
int g;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (g < 0)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    g += -3;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
