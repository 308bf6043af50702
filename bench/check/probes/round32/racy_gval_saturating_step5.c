/* TRUTH: racy. g starts at 9 and main's saturating step 'if (g < 10) g += 5' makes it 14 before the threads start; both threads see g > 12 and do hits++ unlocked. */
#include <pthread.h>
int g = 9;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (g > 12)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    if (g < 10) g += 5;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
