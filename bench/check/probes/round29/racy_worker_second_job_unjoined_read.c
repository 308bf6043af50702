/* TRUTH: racy. Both workers get a real job (the NULL guard never fires), so t2 does processed++ while main reads processed after joining only t1 (write/read). */
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
    static struct job jobs[2] = {{"alpha", 64, 0}, {"beta", 32, 0}};
    pthread_t t1, t2;
    pthread_create(&t1, NULL, worker, &jobs[0]);
    pthread_create(&t2, NULL, worker, &jobs[1]);
    pthread_join(t1, NULL);
    printf("processed %ld\n", processed);
    pthread_join(t2, NULL);
    results[0] = jobs[0].out;
    printf("%ld\n", results[0]);
    return 0;
}
