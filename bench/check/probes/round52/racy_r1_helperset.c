/* TRUTH: racy — setv(&q,&d) makes q non-NULL */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
#include <setjmp.h>
static void setv(int **v, int *w) { *v = w; }
int x;
void *t(void *arg) {
    int d;
    int *q = NULL;
    setv(&q, &d);
    if (!q) return NULL;
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    pthread_create(&th, NULL, t, NULL);
    x = 2;
    pthread_join(th, NULL);
    return 0;
}
