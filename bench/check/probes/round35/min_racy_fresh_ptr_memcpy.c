/* TRUTH: racy — memcpy(&gp, &p, sizeof p) copies the pointer value p into the global gp before the create; w writes `*gp = 2` while main writes `*p = 1` after it. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
int *gp;
void *w(void *a) { *gp = 2; return 0; }
int main(void)
{
    pthread_t t;
    int *p = malloc(sizeof *p);
    memcpy(&gp, &p, sizeof p);
    pthread_create(&t, 0, w, 0);
    *p = 1;
    pthread_join(t, 0);
    return *p;
}
