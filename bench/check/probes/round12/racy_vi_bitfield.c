// racy: the id is a 1-bit field, args[0].id and args[2].id are both 0: threads 0 and 2 write res[0].
#include <pthread.h>
#define N 3
struct targ { unsigned id : 1; unsigned pad : 7; };
static long res[N];
static void *worker(void *arg)
{
    struct targ *a = arg;
    res[a->id] += 5;
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
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return (int)res[0];
}
