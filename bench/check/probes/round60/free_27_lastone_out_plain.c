/* TRUTH: free — "last one out": each worker writes part[id] plainly then does __sync_sub_and_fetch(&remaining,1) (full barrier RMW); the worker that brings it to 0 has read-from the release sequence of every earlier decrement, so it may plainly sum part[] and plainly reset remaining; main reads after join. */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int remaining = N;
static int part[N];
static int total;
static void *worker(void *arg) {
    int id = (int)(long)arg;
    part[id] = id + 1;
    if (__sync_sub_and_fetch(&remaining, 1) == 0) {
        for (int i = 0; i < N; i++) total += part[i];
        remaining = N;          /* plain reset by the last one */
    }
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d %d\n", total, remaining);
    return 0;
}
