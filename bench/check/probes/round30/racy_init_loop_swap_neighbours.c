/* TRUTH: racy. After the init loop gives row j, the fix-up loop copies job 0's row into job 1 via a helper taking the array (jobs[1].row = 0), so workers 0 and 1 both write out[0]. */
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
    out[jb->row] = jb->scale;
    return NULL;
}

static void alias_first(struct job *first)
{
    first[1].row = first[0].row;
}

int main(void)
{
    pthread_t t[NTHR];
    for (int j = 0; j < NTHR; j++) {
        jobs[j].row = j;
        jobs[j].scale = 3;
    }
    alias_first(jobs);
    for (int i = 0; i < NTHR; i++)
        pthread_create(&t[i], NULL, worker, &jobs[i]);
    for (int i = 0; i < NTHR; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", out[0]);
    return 0;
}
