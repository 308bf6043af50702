// race-free: the shared stats block is only updated under stats_lock; private blocks are fresh per thread.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct stats { long hits; long bytes; };
static struct stats *global_stats;
static pthread_mutex_t stats_lock = PTHREAD_MUTEX_INITIALIZER;

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
        s->hits++;
        s->bytes += 64;
        free(s);
        break;
    case SHARED:
        pthread_mutex_lock(&stats_lock);
        s->hits++;
        s->bytes += 64;
        pthread_mutex_unlock(&stats_lock);
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
