/* TRUTH: racy. The init loop's second statement overwrites row with 0 (a leftover default), so every worker writes out[0] at once. */
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
        jobs[j].row = j;
        jobs[j].scale = j + 1;
        jobs[j].row = 0;
    }
    for (int i = 0; i < NTHR; i++)
        pthread_create(&t[i], NULL, worker, &jobs[i]);
    for (int i = 0; i < NTHR; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}
