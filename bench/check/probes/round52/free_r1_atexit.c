/* TRUTH: free — p=&a, main joins t before returning, so h's x=2 runs after t's x=1 */
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
    p = &a;
    pthread_create(&th, NULL, t, NULL);
    if (!p) return 0;
    pthread_join(th, NULL);
    return 0;
}
