/* TRUTH: free — thread id writes v[2*id] and v[2*id+1]; the pairs {2id,2id+1} are disjoint for distinct ids; main reads after joins. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 4
static int v[2 * N];
#define SLOT(id, k) v[2 * (id) + (k)]
static void *w(void *a) {
    int id = (int)(intptr_t)a;
    SLOT(id, 0) = id;
    SLOT(id, 1) = -id;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)(intptr_t)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 2 * N; i++) s += v[i];
    printf("%d\n", s);
    return 0;
}
