/* TRUTH: free. The stage-2 thread joins the stage-1 thread before reading its output, and main joins stage 2 only. */
#include <pthread.h>
#include <stdlib.h>

typedef struct { int n; int *vals; } stage_out_t;
static stage_out_t out1;
static long final_sum;
static pthread_t stage1_tid;

static void *stage1(void *arg)
{
    (void)arg;
    out1.vals = malloc(8 * sizeof(int));
    if (!out1.vals)
        return NULL;
    for (int i = 0; i < 8; i++)
        out1.vals[i] = i * 3;
    out1.n = 8;
    return NULL;
}

static void *stage2(void *arg)
{
    long s = 0;
    (void)arg;
    pthread_join(stage1_tid, NULL);
    for (int i = 0; i < out1.n; i++)
        s += out1.vals[i];
    final_sum = s;
    free(out1.vals);
    return NULL;
}

int main(void)
{
    pthread_t s2;
    pthread_create(&stage1_tid, NULL, stage1, NULL);
    pthread_create(&s2, NULL, stage2, NULL);
    pthread_join(s2, NULL);
    return final_sum != 84;
}
