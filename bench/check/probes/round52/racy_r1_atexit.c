/* TRUTH: racy — p is NULL, main returns without joining; atexit handler h writes x=2 while t may write x=1 */
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
static void h(void) { x = 2; }
void *t(void *arg) {
    x = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    atexit(h);
    pthread_create(&th, NULL, t, NULL);
    if (!p) return 0;
    pthread_join(th, NULL);
    return 0;
}
