/* TRUTH: race-free - count[k % NB] is always accessed under locks[k % NB] (same index expression), whatever keys the threads use */
#include <pthread.h>
#define NB 4
static pthread_mutex_t locks[NB] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER,
                                     PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int count[NB];
static void add(unsigned k)
{
    unsigned b = k % NB;
    pthread_mutex_lock(&locks[b]);
    count[b]++;
    pthread_mutex_unlock(&locks[b]);
}
static void *worker(void *arg)
{
    unsigned base = *(unsigned *)arg;
    for (unsigned i = 0; i < 64; i++)
        add(base + i * 3);
    return NULL;
}
int main(void)
{
    pthread_t t[3];
    static unsigned seeds[3] = { 1, 5, 2 };
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, &seeds[i]);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    return count[0] + count[1] + count[2] + count[3] == 192 ? 0 : 1;
}
