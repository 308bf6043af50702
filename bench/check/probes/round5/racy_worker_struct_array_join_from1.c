/* TRUTH: racy - the join loop starts at 1, so workers[0] is never joined while main reads workers[0].out */
#include <pthread.h>
#define N 3
struct worker { pthread_t th; int id; long out; };
static struct worker workers[N];
static void *run(void *arg)
{
    struct worker *w = arg;
    w->out = (long)w->id * 100 + 1;
    return NULL;
}
int main(void)
{
    for (int i = 0; i < N; i++) {
        workers[i].id = i;
        pthread_create(&workers[i].th, NULL, run, &workers[i]);
    }
    for (int i = 1; i < N; i++)
        pthread_join(workers[i].th, NULL);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += workers[i].out;
    return (int)s;
}
