/* TRUTH: racy. g starts at 1 and main's step 'if (g > 0) g -= 5' makes it -4 before the threads start; both threads see g < -2 and do hits++ unlocked. */
#include <pthread.h>
int g = 1;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (g < -2)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    if (g > 0) g -= 5;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
