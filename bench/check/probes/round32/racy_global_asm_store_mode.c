/* TRUTH: racy. main sets mode to 5 with an asm store before starting the threads; both threads then see mode == 5 and do hits++ unlocked. */
#include <pthread.h>
int mode;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (mode == 5)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    __asm__ volatile("movl $5, %0" : "=m"(mode));
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
