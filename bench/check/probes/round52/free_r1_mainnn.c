/* TRUTH: free — q is reassigned to &d; main always returns right after create, never writes x */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    int d;
    int *q = NULL;
    q = &d;
    pthread_create(&th, NULL, t, NULL);
    if (q) return 0;
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
