/* TRUTH: free — balance is only touched inside pthread_spin_lock/unlock of the same spinlock, and by main after join. */
#include <pthread.h>
#include <stdio.h>
static pthread_spinlock_t sl;
static long balance;
static void *work(void *arg) {
    long d = (long)arg;
    for (int i = 0; i < 1000; i++) { pthread_spin_lock(&sl); balance += d; pthread_spin_unlock(&sl); }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&a, NULL, work, (void *)1L);
    pthread_create(&b, NULL, work, (void *)-1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", balance);
    pthread_spin_destroy(&sl);
    return 0;
}
