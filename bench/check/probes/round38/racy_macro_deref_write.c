/* TRUTH: racy — t writes g through PUT(p, 1) = (*(p) = (1)) with p = &g while main reads g (out = g) after create */
#include <pthread.h>
#define PUT(p, v) (*(p) = (v))
int g;
int out;
void *t(void *arg) { int *p = arg; PUT(p, 1); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, &g);
    out = g;
    pthread_join(th, 0);
    return out;
}
