/* TRUTH: race-free - thread i only touches items[i] (under items[i].m); main reads all items after joining every thread */
#include <pthread.h>
#define N 4
struct item { pthread_mutex_t m; int hits; int last; };
static struct item items[N];
static void *worker(void *arg)
{
    int id = *(int *)arg;
    struct item *it = &items[id];
    for (int k = 0; k < 10; k++) {
        pthread_mutex_lock(&it->m);
        it->hits++;
        it->last = k;
        pthread_mutex_unlock(&it->m);
    }
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    int ids[N];
    for (int i = 0; i < N; i++)
        pthread_mutex_init(&items[i].m, NULL);
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < N; i++)
        s += items[i].hits;
    return s == 40 ? 0 : 1;
}
