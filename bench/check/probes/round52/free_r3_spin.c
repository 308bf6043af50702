/* TRUTH: free — A spins until it sees done under the spinlock (set after x=1); main joins A */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
int x;
int done;
pthread_spinlock_t sl;
void *B(void *arg) {
    pthread_spin_lock(&sl);
    x = 1;
    done = 1;
    pthread_spin_unlock(&sl);
    return NULL;
}
void *A(void *arg) {
    pthread_spin_lock(&sl);
    while (!done) {
        pthread_spin_unlock(&sl);
        sched_yield();
        pthread_spin_lock(&sl);
    }
    pthread_spin_unlock(&sl);
    return NULL;
}
int main(void) {
    pthread_t ta, tb;
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    pthread_join(tb, NULL);
    return 0;
}
