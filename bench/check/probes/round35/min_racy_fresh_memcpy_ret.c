/* TRUTH: racy — memcpy returns its destination, so `gp = memcpy(p, &v, sizeof v)` publishes the malloc'd p in the global gp before the create; w writes `*gp = 2` while main writes `*p = 1` after the create. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int *gp;
void *w(void *a) { *gp = 2; return 0; }
int main(void)
{
    pthread_t t;
    int v = 0;
    int *p = malloc(sizeof *p);
    gp = memcpy(p, &v, sizeof v);
    pthread_create(&t, 0, w, 0);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}
