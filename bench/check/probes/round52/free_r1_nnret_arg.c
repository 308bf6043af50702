/* TRUTH: free — arg is &one so q stays &d, t always returns */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int x;
int one = 1;
void *t(void *arg) {
    int d;
    int *q = &d;
    if (!arg)
        q = NULL;
    if (q) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, &one);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
