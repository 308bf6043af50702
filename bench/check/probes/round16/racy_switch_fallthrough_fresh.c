// racy: a thread entering the switch at case SHARED skips the malloc, so s is the global stats block that both threads update without a lock.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct stats { long hits; long bytes; };
static struct stats *global_stats;

enum kind { PRIVATE, SHARED };

static void *worker(void *arg)
{
    enum kind k = (enum kind)(long)arg;
    struct stats *s = global_stats;
    int allocated = 0;
    switch (k) {
    case PRIVATE:
        allocated = 1;
        s = malloc(sizeof *s);
        memset(s, 0, sizeof *s);
        /* fall through */
    case SHARED:
        s->hits++;
        s->bytes += 64;
        if (allocated)
            free(s);
        break;
    }
    return NULL;
}

int main(void)
{
    pthread_t t1, t2, t3;
    global_stats = calloc(1, sizeof *global_stats);
    pthread_create(&t1, NULL, worker, (void *)(long)SHARED);
    pthread_create(&t2, NULL, worker, (void *)(long)SHARED);
    pthread_create(&t3, NULL, worker, (void *)(long)PRIVATE);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    free(global_stats);
    return 0;
}
