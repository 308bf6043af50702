/* TRUTH: free — join_all() joins every handle; each thread increments only its own counter cnt[i]; main reads cnt[] after join_all. */
#include <pthread.h>
#include <stdio.h>
#define T 3
static int cnt[T];
struct job { int idx; };
static void *loop(void *p) {
    struct job *j = p;
    for (int k = 0; k < 100; k++) cnt[j->idx]++;
    return NULL;
}
static void join_all(pthread_t *ts, int n) {
    for (int i = 0; i < n; i++) pthread_join(ts[i], NULL);
}
int main(void) {
    pthread_t ts[T];
    struct job jobs[T];
    for (int i = 0; i < T; i++) {
        jobs[i].idx = i;
        pthread_create(&ts[i], NULL, loop, &jobs[i]);
    }
    join_all(ts, T);
    printf("%d %d %d\n", cnt[0], cnt[1], cnt[2]);
    return 0;
}
