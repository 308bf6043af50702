// racy: one fresh object handed to two threads, both increment its field.
#include <pthread.h>
#include <stdlib.h>
struct box { int n; };
static void *w(void *v) { struct box *b = v; b->n++; return NULL; }
int main(void)
{
    struct box *b = malloc(sizeof *b);
    if (!b)
        return 1;
    b->n = 0;
    pthread_t p, q;
    pthread_create(&p, NULL, w, b);
    pthread_create(&q, NULL, w, b);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    int r = b->n;
    free(b);
    return r;
}
