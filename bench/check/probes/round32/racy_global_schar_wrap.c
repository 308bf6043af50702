/* TRUTH: racy. main stores 300 into a signed char (gcc/clang: modulo, 44); both threads see state == 44 and do hits++ unlocked. */
#include <pthread.h>
signed char state;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (state == 44)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    state = 300;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
