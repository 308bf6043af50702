// racy: two threads set neighbouring bit-fields of one heap object they both get.
#include <pthread.h>
#include <stdlib.h>
struct st { unsigned ready : 1; unsigned done : 1; };
static void *ta(void *x) { struct st *s = x; s->ready = 1; return NULL; }
static void *tb(void *x) { struct st *s = x; s->done = 1; return NULL; }
int main(void)
{
    struct st *s = calloc(1, sizeof *s);
    if (!s)
        return 1;
    pthread_t p, q;
    pthread_create(&p, NULL, ta, s);
    pthread_create(&q, NULL, tb, s);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    int r = s->ready + s->done;
    free(s);
    return r;
}
