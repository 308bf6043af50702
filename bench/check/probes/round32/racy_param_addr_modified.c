/* TRUTH: racy. work(0) sets its parameter to 1 through a pointer, so both threads run counter++ unlocked. */
#include <pthread.h>
int counter;
static void work(int mode) {
    int *pm = &mode;
    *pm = 1;
    if (mode)
        counter++;
}
static void *worker(void *arg) {
    (void)arg;
    work(0);
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
