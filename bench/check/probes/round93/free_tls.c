// _Thread_local scratch counter: each thread only touches its own instance,
// and no address of it leaves the thread -> no sharing, no race.
#include <pthread.h>
#include <stdio.h>
static _Thread_local int scratch;
static _Thread_local int *scratch_p;
static void bump(void) { (*scratch_p)++; }
static void *worker(void *arg) {
    scratch_p = &scratch;
    for (int i = 0; i < 1000; i++) bump();
    *(int *)arg = scratch;
    return NULL;
}
int main(void) {
    int r[3];
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, &r[i]);
    scratch = 5;
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", r[0], scratch);
    return 0;
}
