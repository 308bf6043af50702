/* free: every thread claims a unique slot with atomic_fetch_add on a counter and
   writes only slots[id]; main reads after join. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 6
static atomic_int next_id;
static double slots[N];

static void *work(void *arg) {
    (void)arg;
    int id = atomic_fetch_add(&next_id, 1);
    slots[id] = id * 1.5;
    slots[id] *= 2;
    return NULL;
}

int main(void) {
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, work, NULL);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    double s = 0;
    for (int i = 0; i < N; i++)
        s += slots[i];
    printf("%f\n", s);
    return 0;
}
