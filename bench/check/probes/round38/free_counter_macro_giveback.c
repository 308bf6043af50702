/* TRUTH: free — each worker takes a distinct id = next++ under m (GIVE_BACK only touches spare), so the two workers write different slot[id] */
#include <pthread.h>
#define DEC(v) ((v)--)
#define GIVE_BACK(v) DEC(v)
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int next, spare;
static int slot[4];
static void *worker(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    int id = next++;
    GIVE_BACK(spare);
    pthread_mutex_unlock(&m);
    slot[id] = 1;
    return 0;
}
int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return slot[0];
}
