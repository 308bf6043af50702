/* TRUTH: racy — threads are created for odd i but joined only when i%4==1 (i=1,5); threads 3 and 7 are unjoined, so main's read of v[3] races with thread 3's write. */
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
        if (i % 4 == 1) pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++) s += v[i];
    printf("%d\n", s);
    for (int i = 3; i < N; i += 4) pthread_join(t[i], NULL);
    return 0;
}
