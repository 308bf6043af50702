// free: twin of racy_vi_union_lowbyte without the clearing store: each thread its own id.
#include <pthread.h>
#define N 4
union targ { int id; unsigned char lo; };
static int out[N];
static void *worker(void *arg)
{
    union targ *a = arg;
    out[a->id] += 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    union targ args[N];
    for (int i = 0; i < N; i++) {
        args[i].id = i;
        pthread_create(&t[i], NULL, worker, &args[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[0];
}
