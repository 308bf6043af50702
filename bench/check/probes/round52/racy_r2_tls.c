/* TRUTH: racy — main's p=&g and t's own p is initialized to &g; both write g */
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
    p = &g;
    pthread_create(&th, NULL, t, NULL);
    *p = 2;
    pthread_join(th, NULL);
    return 0;
}
