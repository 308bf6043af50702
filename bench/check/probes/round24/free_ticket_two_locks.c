/* TRUTH: race-free. Two independent ticket locks (na/sa guards a_count, nb/sb guards b_count); every access to each counter is inside its own lock; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_uint na, sa, nb, sb;
static long a_count, b_count;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 20; i++) {
        unsigned ta = atomic_fetch_add(&na, 1);
        while (atomic_load(&sa) != ta)
            ;
        a_count++;
        atomic_fetch_add(&sa, 1);

        unsigned tb = atomic_fetch_add(&nb, 1);
        while (atomic_load(&sb) != tb)
            ;
        b_count += 2;
        atomic_fetch_add(&sb, 1);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld %ld\n", a_count, b_count);
    return 0;
}
