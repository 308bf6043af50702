/* TRUTH: race-free. The init loop gives each job its own row j (and a scale); each worker writes only out[row], a different element per thread; main reads after joining. */
#include <pthread.h>
#include <stdio.h>

#define NTHR 3

struct job {
    int row;
    int scale;
};

static struct job jobs[NTHR];
static int out[NTHR];

static void *worker(void *p)
{
    struct job *jb = p;
    out[jb->row] = jb->scale * 2;
    return NULL;
}

int main(void)
{
    pthread_t t[NTHR];
    for (int j = 0; j < NTHR; j++) {
        jobs[j].scale = 7;
        jobs[j].row = j;
    }
    for (int i = 0; i < NTHR; i++)
        pthread_create(&t[i], NULL, worker, &jobs[i]);
    for (int i = 0; i < NTHR; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d\n", out[0], out[1], out[2]);
    return 0;
}
