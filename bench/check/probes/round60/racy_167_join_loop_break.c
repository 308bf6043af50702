/* TRUTH: racy — the join loop breaks before joining t[1], so main's plain read of counts[1] (and write of counts[]) is unordered with thread 1's plain write of counts[1]. */
#include <pthread.h>
#include <stdio.h>
#define N 2
static int counts[N];
static void *work(void *arg) {
    int id = (int)(long)arg;
    counts[id] = id + 5;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < N; i++) {
        if (i == 1)
            break;
        pthread_join(t[i], NULL);
    }
    printf("%d %d\n", counts[0], counts[1]);
    pthread_join(t[1], NULL);
    return 0;
}
