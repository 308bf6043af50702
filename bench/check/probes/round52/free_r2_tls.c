/* TRUTH: free — p is thread-local: main's copy points to a, t's copy to g; different objects */
#include <pthread.h>
#include <stdatomic.h>
#include <semaphore.h>
#include <stdlib.h>
#include <string.h>
#include <stdint.h>
#include <sched.h>
int g, a;
_Thread_local int *p = &g;
void *t(void *arg) {
    *p = 1;
    return NULL;
}
int main(void) {
    pthread_t th;
    p = &a;
    pthread_create(&th, NULL, t, NULL);
    *p = 2;
    pthread_join(th, NULL);
    return 0;
}
