/* TRUTH: racy — main joins only t[0..N-2] before summing cell[0..N-1]; the unjoined last worker's plain write of cell[N-1] races with main's plain read of it. */
#include <pthread.h>
#include <stdio.h>
#define N 3
static int cell[N];
static void *work(void *arg) {
    int id = (int)(long)arg;
    cell[id] = id * 7;
    return NULL;
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, work, (void *)i);
    for (int i = 0; i < N - 1; i++) pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++) s += cell[i];
    printf("%d\n", s);
    pthread_join(t[N - 1], NULL);
    return 0;
}
