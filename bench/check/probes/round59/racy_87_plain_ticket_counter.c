/* TRUTH: racy — workers take tickets with a plain `next_ticket++` (read and write of the same int) from two threads with no synchronization. */
#include <pthread.h>
#include <stdio.h>

#define TASKS 40
static int next_ticket;
static int owner[TASKS + 8];

static void *claimer(void *a)
{
    int me = (int)(long)a;
    int i;
    while ((i = next_ticket++) < TASKS)
        owner[i] = me;
    return NULL;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, NULL, claimer, (void *)1L);
    pthread_create(&y, NULL, claimer, (void *)2L);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    printf("%d\n", owner[0]);
    return 0;
}
