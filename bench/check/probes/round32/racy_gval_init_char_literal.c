/* TRUTH: racy. g is initialised to 'A' (65); both threads see g == 65 and do hits++ unlocked. */
#include <pthread.h>
int g = 'A';
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (g == 65)
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
