/* TRUTH: free — q[2] is arr[3], different from arr[2] */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int arr[4];
int *q = &arr[1];
void *t1(void *arg) { arr[2] = 1; return NULL; }
void *t2(void *arg) { q[2] = 2; return NULL; }
int main(void) {
    pthread_t x1, x2;
    pthread_create(&x1, NULL, t1, NULL);
    pthread_create(&x2, NULL, t2, NULL);
    pthread_join(x1, NULL);
    pthread_join(x2, NULL);
    return 0;
}
