/* TRUTH: race-free. The second worker is handed NULL and always leaves through pthread_exit before touching 'processed'; main reads 'processed' after joining the only thread that writes it (t1), and 'results' after joining both. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

struct job {
    const char *name;
    int n;
    long out;
};

static long processed;
static long results[2];

static long checksum(const char *s, int n)
{
    long h = 5381;
    for (int i = 0; i < n; i++)
        h = h * 33 + s[i % (int)strlen(s)];
    return h;
}

static void *worker(void *arg)
{
    struct job *j = arg;
    if (j == NULL)
        pthread_exit(NULL); /* nothing to do */
    j->out = checksum(j->name, j->n);
    processed++;
    return NULL;
}

int main(void)
{
    static struct job jobs[1] = {{"alpha", 64, 0}};
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &jobs[0]);
    pthread_create(&t2, NULL, worker, NULL);
    pthread_join(t1, NULL);
    printf("processed %ld\n", processed);
    pthread_join(t2, NULL);
    results[0] = jobs[0].out;
    printf("%ld\n", results[0]);
    return 0;
}
