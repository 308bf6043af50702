/* TRUTH: racy — arg is &a, t always writes x concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
int a;
void *t(void *arg) {
    int *q = (int *)arg;
    if (!q) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, &a);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
