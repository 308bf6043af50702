/* TRUTH: racy - thread i holds only items[i].m but also bumps items[(i+1)%N].hits, which thread i+1 writes under items[i+1].m */
#include <pthread.h>
#define N 4
struct item { pthread_mutex_t m; int hits; };
static struct item items[N];
static void *worker(void *arg)
{
    int id = *(int *)arg;
    pthread_mutex_lock(&items[id].m);
    items[id].hits++;
    items[(id + 1) % N].hits++;
    pthread_mutex_unlock(&items[id].m);
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
    return items[0].hits;
}
