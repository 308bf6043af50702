/* TRUTH: free. The start routines picked from the table write disjoint globals (one each). */
#include <pthread.h>

static long stat_a, stat_b;

static void *job_a(void *arg) { (void)arg; stat_a += 1; return NULL; }
static void *job_b(void *arg) { (void)arg; stat_b += 2; return NULL; }

typedef void *(*start_fn)(void *);
static start_fn jobs[] = { job_a, job_b };

int main(void)
{
    pthread_t t[2];
    for (unsigned i = 0; i < sizeof jobs / sizeof jobs[0]; i++)
        pthread_create(&t[i], NULL, jobs[i], NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return (int)(stat_a + stat_b);
}
