/* TRUTH: race-free. cfg.verbose is 0 and never written, so both workers return before
   touching 'lines'; the only accesses to 'lines' are main's, after the joins. */
#include <pthread.h>
#include <stdio.h>

struct config {
    int verbose;
    int level;
};

static struct config cfg = {0, 3};
static long lines;

static void *logger(void *arg)
{
    (void)arg;
    if (!cfg.verbose)
        return NULL;
    lines++;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, logger, NULL);
    pthread_create(&b, NULL, logger, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %d\n", lines, cfg.level);
    return 0;
}
