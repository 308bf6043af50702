/* TRUTH: racy — each worker takes id = atomic_fetch_add(&next, 1) and gives it back with GIVE_BACK(next) (an atomic next--), so two workers may both get id 0 and write slot[0] = 1 unordered */
#include <pthread.h>
#include <stdatomic.h>
#define DEC(v) ((v)--)
#define GIVE_BACK(v) DEC(v)
static atomic_int next;
static int slot[4];
static void *worker(void *a)
{
    (void)a;
    int id = atomic_fetch_add(&next, 1);
    GIVE_BACK(next);
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
