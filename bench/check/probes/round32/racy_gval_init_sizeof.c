/* TRUTH: racy. g is initialised to sizeof(int) == 4 on this target; both threads see g == 4 and do hits++ unlocked. */
#include <pthread.h>
int g = sizeof(int);
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (g == 4)
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
