// A barrier whose count covers every wait that can happen on it completes once, after all
// of them: what a waiter did before waiting comes before what any waiter does after. A
// helper called before the wait and again after it writes after the wait too (its run
// before the wait is not reused for the call after it).
#include <pthread.h>

static pthread_barrier_t ready, loose, pair;
static int first, second, results, spare, tally;

static void *worker(void *arg)
{
    int *mine = arg;
    *mine = 1; // NORACE: main reads it only after the barrier, which waits for both workers
    pthread_barrier_wait(&ready);
    spare++; // RACE: 'loose' counts 2 but three threads wait on it, so it orders nothing
    pthread_barrier_wait(&loose);
    return NULL;
}

static void bump(void)
{
    tally++; // RACE (possible): the call after the wait races with the reader's read
}

static void *bumper(void *arg)
{
    (void)arg;
    bump();
    pthread_barrier_wait(&pair);
    bump();
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    pthread_barrier_wait(&pair);
    return (void *)(long)tally; // RACE (possible)
}

int main(void)
{
    pthread_t t[2];
    pthread_barrier_init(&ready, NULL, 3);
    pthread_barrier_init(&loose, NULL, 2);
    pthread_create(&t[0], NULL, worker, &first);
    pthread_create(&t[1], NULL, worker, &second);
    pthread_barrier_wait(&ready);
    results = first + second; // NORACE
    pthread_barrier_wait(&loose);
    spare = 0; // RACE
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    pthread_barrier_init(&pair, NULL, 2);
    pthread_create(&t[0], NULL, bumper, NULL);
    pthread_create(&t[1], NULL, reader, NULL);
    pthread_join(t[0], NULL);
    pthread_join(t[1], NULL);
    return results;
}
