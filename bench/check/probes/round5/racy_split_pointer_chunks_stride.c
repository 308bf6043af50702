/* TRUTH: racy - the chunk start is buf + id*(CH-1) but each thread writes CH elements, so neighbours share one element */
#include <pthread.h>
#define NT 3
#define CH 8
static int buf[NT * CH];
struct range { int *p; int n; };
static void *fill(void *arg)
{
    struct range *r = arg;
    for (int i = 0; i < r->n; i++)
        r->p[i] = i;
    return NULL;
}
int main(void)
{
    pthread_t t[NT];
    struct range r[NT];
    for (int id = 0; id < NT; id++) {
        r[id].p = buf + id * (CH - 1);
        r[id].n = CH;
        pthread_create(&t[id], NULL, fill, &r[id]);
    }
    for (int id = 0; id < NT; id++)
        pthread_join(t[id], NULL);
    return buf[7];
}
