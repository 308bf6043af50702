/* TRUTH: free — p is NULL, main always returns right after create; only t writes x */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int *p;
int a;
int x;
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    if (!p) return 0;
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
