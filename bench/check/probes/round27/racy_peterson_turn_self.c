/* TRUTH: racy. Peterson with "turn = me" instead of the other id: T0 sets flag0=1, turn=0, sees flag1==0 and enters; T1 then sets flag1=1, turn=1, and its wait (flag0 && turn == 0) is false, so it enters too: both update counter at once. */
#include <pthread.h>
#include <stdatomic.h>

static atomic_int flag[2];
static atomic_int turn;
static long counter;

static void p_lock(int me)
{
    int other = 1 - me;
    atomic_store(&flag[me], 1);
    atomic_store(&turn, me); /* bug */
    while (atomic_load(&flag[other]) && atomic_load(&turn) == other)
        ;
}

static void p_unlock(int me)
{
    atomic_store(&flag[me], 0);
}

static void *worker(void *arg)
{
    int me = (int)(long)arg;
    for (int i = 0; i < 1000; i++) {
        p_lock(me);
        counter++;
        p_unlock(me);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return (int)counter;
}
