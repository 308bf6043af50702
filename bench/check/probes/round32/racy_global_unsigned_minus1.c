/* TRUTH: racy. main stores -1 into an unsigned global (UINT_MAX); both threads see state > 100 and do hits++ unlocked. */
#include <pthread.h>
unsigned state;
int hits;
static void *worker(void *arg) {
    (void)arg;
    if (state == 4294967295u)
        hits++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    state = -1;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
