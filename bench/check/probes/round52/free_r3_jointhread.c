/* TRUTH: free — A joins B; main joins A then writes x=2, ordered after B's x=1 */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
pthread_t tb;
void *B(void *arg) {
    x = 1;
    return NULL;
}
void *A(void *arg) {
    pthread_join(tb, NULL);
    return NULL;
}
int main(void) {
    pthread_t ta;
    pthread_create(&tb, NULL, B, NULL);
    pthread_create(&ta, NULL, A, NULL);
    pthread_join(ta, NULL);
    x = 2;
    return 0;
}
