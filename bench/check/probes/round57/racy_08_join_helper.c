/* TRUTH: racy — join_all() has a bug and joins ts[0] only (index never advances past 0 for the handle), so threads 1,2 are unjoined; main's read of cnt[1] races with thread 1's cnt[1]++. */
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
    for (int i = 0; i < n; i++) { if (i == 0) pthread_join(ts[i], NULL); }
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
    pthread_join(ts[1], NULL);
    pthread_join(ts[2], NULL);
    return 0;
}
