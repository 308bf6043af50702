/* TRUTH: free — threads are created only for odd i and write only v[i]; main joins exactly those (i%2==1) before reading v[]; even slots are never touched by any thread. */
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#define N 8
static int v[N];
static void *w(void *a) { int i = (int)(intptr_t)a; v[i] = i; return NULL; }
int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        if (i % 2 == 1) pthread_create(&t[i], NULL, w, (void *)(intptr_t)i);
        else v[i] = -i;
    }
    for (int i = 0; i < N; i++)
        if (i % 2 == 1) pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++) s += v[i];
    printf("%d\n", s);
    return 0;
}
