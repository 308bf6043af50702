// Main publishes the address of its _Thread_local counter to the workers via
// the create argument; workers and main write it concurrently -> race.
#include <pthread.h>
#include <stdio.h>
static _Thread_local int scratch;
static void *worker(void *arg) {
    int *p = arg;
    for (int i = 0; i < 1000; i++) (*p)++;
    return NULL;
}
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, worker, &scratch);
    scratch = 5;
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    printf("%d\n", scratch);
    return 0;
}
