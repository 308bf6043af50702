/* TRUTH: racy — every worker is handed &i, main's loop counter: the worker's read *(int *)arg (line 9) races with main's i++ (line 17) of the next iteration. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static int slot_owner[N + 1];

static void *worker(void *arg) {
    int id = *(int *)arg; // @A
    if (id >= 0 && id <= N) slot_owner[id] = 1;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    int i;
    for (i = 0; i < N; i++) // @B
        pthread_create(&t[i], NULL, worker, &i);
    for (int k = 0; k < N; k++) pthread_join(t[k], NULL);
    printf("%d\n", slot_owner[0]);
    return 0;
}
