/* TRUTH: racy — each worker takes id = next++ and at once gives it back (GIVE_BACK(next) = ((next)--)) under m, so two workers may both get id 0 and write slot[0] = 1 unordered */
#include <pthread.h>
#define DEC(v) ((v)--)
#define GIVE_BACK(v) DEC(v)
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int next;
static int slot[4];
static void *worker(void *a)
{
    (void)a;
    pthread_mutex_lock(&m);
    int id = next++;
    GIVE_BACK(next);
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
