/* TRUTH: racy. main calls spawn_round() for each of two rounds and joins only at the end;
   the worker started for index 0 in round 0 and the one in round 1 both write cells[0]. */
#include <pthread.h>
#include <stdio.h>

#define W 2
#define ROUNDS 2

static int cells[W];
static pthread_t handles[ROUNDS * W];

static void *cell_worker(void *arg)
{
    int *c = arg;
    *c = *c + 1;
    return NULL;
}

static void spawn_round(int r)
{
    int i;
    for (i = 0; i < W; i++)
        pthread_create(&handles[r * W + i], NULL, cell_worker, &cells[i]);
}

int main(void)
{
    for (int r = 0; r < ROUNDS; r++)
        spawn_round(r);
    for (int k = 0; k < ROUNDS * W; k++)
        pthread_join(handles[k], NULL);
    printf("%d %d\n", cells[0], cells[1]);
    return 0;
}
