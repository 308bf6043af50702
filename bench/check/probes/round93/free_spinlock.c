// pthread_spin_lock protects the shared counter -> race-free.
#define _POSIX_C_SOURCE 200809L
#include <pthread.h>
#include <stdio.h>
static pthread_spinlock_t sl;
static int counter;
static void *worker(void *arg) {
    (void)arg;
    for (int i = 0; i < 1000; i++) { pthread_spin_lock(&sl); counter++; pthread_spin_unlock(&sl); }
    return NULL;
}
int main(void) {
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL); pthread_join(b, NULL);
    printf("%d\n", counter);
    return 0;
}
