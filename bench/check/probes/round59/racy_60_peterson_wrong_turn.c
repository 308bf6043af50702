/* TRUTH: racy — broken Peterson: each thread sets turn to ITSELF, so (even under sequential consistency) t0 can enter while want[1]==0, then t1 sets turn=1 and passes because turn!=0; both then write crit concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int want[2];
static atomic_int turn;
static int crit;

static void *body(void *a)
{
    int me = (int)(long)a, other = 1 - me;
    atomic_store(&want[me], 1);
    atomic_store(&turn, me);
    while (atomic_load(&want[other]) && atomic_load(&turn) == other)
        ;
    crit = crit + me + 1;
    atomic_store(&want[me], 0);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, body, (void *)0L);
    pthread_create(&b, NULL, body, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", crit);
    return 0;
}
