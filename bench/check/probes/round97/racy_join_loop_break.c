/* RACY: the join loop breaks early when a worker reports failure, after which main
   reads `partial[]` entries that remaining workers may still be writing. */
#include <pthread.h>
#include <stdio.h>
#define N 4
static int partial[N];
static void *worker(void *a) {
    long id = (long)a;
    partial[id] = (int)id * 5;
    return (void *)(long)(id == 1);
}
int main(void) {
    pthread_t t[N];
    for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, (void *)i);
    int i;
    for (i = 0; i < N; i++) {
        void *r;
        pthread_join(t[i], &r);
        if (r) break;
    }
    int s = 0;
    for (int k = 0; k < N; k++) s += partial[k];
    printf("%d (joined %d)\n", s, i);
    return 0;
}
