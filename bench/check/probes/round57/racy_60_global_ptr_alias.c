/* TRUTH: racy — ptrs[2] is set to alias &objs[0], so threads 0 and 2 both do *ptrs[i] += ... on objs[0] concurrently. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 3
static long objs[N];
static long *ptrs[N];
static void *w(void *a) { int i = (int)(intptr_t)a; *ptrs[i] += 100 + i; return NULL; }
int main(void) {
    for (int i = 0; i < N; i++) ptrs[i] = &objs[i];
    ptrs[2] = &objs[0];
    pthread_t t[N];
    for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)(intptr_t)i);
    for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
    printf("%ld %ld %ld\n", objs[0], objs[1], objs[2]);
    return 0;
}
