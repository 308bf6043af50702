/* TRUTH: free — ownership of a passes main -> t1 -> t2 -> main through seq_cst stage changes; each party touches a only after spinning until the stage names it */
#include <pthread.h>
#include <stdatomic.h>

atomic_int stage;
int a;

void *first(void *arg)
{
    (void)arg;
    while (atomic_load(&stage) != 1) {
    }
    a = a + 10;
    atomic_store(&stage, 2);
    return 0;
}

void *second(void *arg)
{
    (void)arg;
    while (atomic_load(&stage) != 2) {
    }
    a = a * 2;
    atomic_store(&stage, 3);
    return 0;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t2, 0, second, 0);
    pthread_create(&t1, 0, first, 0);
    a = 1;
    atomic_store(&stage, 1);
    while (atomic_load(&stage) != 3) {
    }
    int r = a;
    pthread_join(t1, 0);
    pthread_join(t2, 0);
    return r == 22 ? 0 : 1;
}
