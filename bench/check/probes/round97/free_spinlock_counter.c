/* FREE: counter protected by a pthread spinlock. */
#include <pthread.h>
#include <stdio.h>
static pthread_spinlock_t sl;
static long ticks;
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 10000; i++) {
        pthread_spin_lock(&sl);
        ticks++;
        pthread_spin_unlock(&sl);
    }
    return NULL;
}
int main(void) {
    pthread_t t[2];
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    pthread_spin_destroy(&sl);
    printf("%ld\n", ticks);
    return 0;
}
