/* TRUTH: racy. Two workers each write their partial sum and then atomic_fetch_add(&done, 1) (seq_cst); main waits only until done == 1 and then reads both partials: the second worker's write of its partial races with main's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int done;
static long partial[2];

static void *worker(void *arg)
{
    long id = (long)arg;
    long s = 0;
    for (long i = id; i < 1000; i += 2)
        s += i;
    partial[id] = s;
    atomic_fetch_add(&done, 1);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    while (atomic_load(&done) != 1) /* bug: should wait for 2 */
        ;
    printf("%ld\n", partial[0] + partial[1]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
