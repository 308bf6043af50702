// racy: both threads enter the switch at case 1, skipping the malloc, so both increment shared->hits without a lock.
#include <pthread.h>
#include <stdlib.h>
struct st { long hits; };
static struct st *shared;
static void *worker(void *arg)
{
    struct st *s = shared;
    switch ((long)arg) {
    case 0:
        arg = NULL;
        s = malloc(sizeof *s);
        /* fall through */
    case 1:
        s->hits++;
    }
    return NULL;
}
int main(void)
{
    pthread_t a, b;
    shared = calloc(1, sizeof *shared);
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
