// free: handles kept in a pool struct, joined through a pointer to the pool before main reads.
#include <pthread.h>
struct pool { pthread_t t[2]; int res[2]; };
static struct pool P;
static void *w(void *v) { int *r = v; *r = 5; return NULL; }
static void start(struct pool *pp)
{
    for (int i = 0; i < 2; i++)
        pthread_create(&pp->t[i], NULL, w, &pp->res[i]);
}
static void stop(struct pool *pp)
{
    for (int i = 0; i < 2; i++)
        pthread_join(pp->t[i], NULL);
}
int main(void)
{
    start(&P);
    stop(&P);
    return P.res[0] + P.res[1];
}
