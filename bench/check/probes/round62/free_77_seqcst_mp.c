/* TRUTH: free — seq_cst store/load of ready (atomic_store/atomic_load) synchronize; the reader reads box only after seeing ready == 1 */
#include <pthread.h>
#include <stdatomic.h>
static long box;
static atomic_int ready;
static void *writer(void *arg)
{
    (void)arg;
    box = 5;
    atomic_store(&ready, 1);
    return NULL;
}
static void *reader(void *arg)
{
    (void)arg;
    while (atomic_load(&ready) == 0)
        ;
    return (void *)box;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, writer, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
