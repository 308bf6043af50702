/* TRUTH: free — the dispatch table maps thread 0 to job_alpha (writes only alpha) and thread 1 to job_beta (writes only beta); no location is written by both, and main reads after joins. */
#include <pthread.h>
#include <stdio.h>

typedef void *(*job_fn)(void *);

static int alpha;
static int beta;

static void *job_alpha(void *a) { alpha = (int)(long)a + 1; return NULL; }
static void *job_beta(void *a)  { beta = (int)(long)a * 2; return NULL; }

static job_fn table[2] = { job_alpha, job_beta };

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, table[i], (void *)(i + 10));
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", alpha, beta);
    return 0;
}
