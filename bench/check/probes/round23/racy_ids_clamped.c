/* TRUTH: racy. the create loop clamps ids[3] to 2 through the pointer slot, so threads 2 and 3 both get id 2 and both do out[2] += ... concurrently. */
#include <pthread.h>
#include <stdio.h>

#define NT 4
#define NSLOT 3

int out[NSLOT];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    out[id] += id + 1;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int ids[NT];
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        int *slot = &ids[i];
        if (*slot >= NSLOT)
            *slot = NSLOT - 1; /* clamp to the last slot */
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NSLOT; i++)
        printf("%d\n", out[i]);
    return 0;
}
