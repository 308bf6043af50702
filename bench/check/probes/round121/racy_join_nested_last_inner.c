/* TRUTH: racy — in the nested loops only the last thread of each group is joined (j == PER-1); worker (0,0) keeps writing group_load[0] while main reads it */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

#define GROUPS 2
#define PER 2
static long group_load[GROUPS];

struct arg {
    int g, j;
};

static void *worker(void *p)
{
    struct arg *a = p;
    if (a->j == PER - 1)
        return NULL;
    for (int i = 0; i < 200; i++) {
        group_load[a->g] += 1;
        usleep(100);
    }
    return NULL;
}

int main(void)
{
    static struct arg args[GROUPS][PER];
    pthread_t t[GROUPS][PER];
    long seen = 0;
    for (int g = 0; g < GROUPS; g++) {
        for (int j = 0; j < PER; j++) {
            args[g][j].g = g;
            args[g][j].j = j;
            pthread_create(&t[g][j], NULL, worker, &args[g][j]);
            if (j == PER - 1)
                pthread_join(t[g][j], NULL);
        }
    }
    for (int k = 0; k < 200; k++) {
        seen += group_load[0];
        usleep(100);
    }
    for (int g = 0; g < GROUPS; g++)
        pthread_join(t[g][0], NULL);
    printf("%ld\n", seen);
    return 0;
}
