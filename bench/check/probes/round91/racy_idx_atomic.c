/* racy: the slot is claimed with a separate atomic load and store (not one RMW), so
   two threads can both read the same id and write the same slots[id]. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 6
static atomic_int next_id;
static double slots[N];

static void *work(void *arg) {
    (void)arg;
    int id = atomic_load(&next_id);
    atomic_store(&next_id, id + 1);
    if (id >= N)
        return NULL;
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
