// free: args[i].id = i, each thread writes res[a->id] and its own a->out.
#include <pthread.h>
#define N 4
struct targ { int id; long out; };
static long res[N];
static void *worker(void *arg)
{
    struct targ *a = arg;
    res[a->id] = a->id * 2;
    a->out = res[a->id];
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    struct targ args[N];
    for (int i = 0; i < N; i++) {
        args[i].id = i;
        pthread_create(&t[i], NULL, worker, &args[i]);
    }
    long s = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], NULL);
        s += args[i].out;
    }
    return (int)(s + res[0]);
}
