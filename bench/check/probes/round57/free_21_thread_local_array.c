/* TRUTH: free — each thread's `scratch` is an automatic local of its own invocation, never shared; only the per-thread result slot out[id] is published, read by main after joins. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 4
static int out[N];
static void *job(void *a) {
    int id = (int)(intptr_t)a;
    int scratch[32];
    for (int i = 0; i < 32; i++) scratch[i] = i * id;
    int s = 0;
    for (int i = 0; i < 32; i++) s += scratch[i];
    out[id] = s;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, job, (void *)(intptr_t)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%d\n", out[N - 1]);
    return 0;
}
