/* TRUTH: free — flag is _Atomic (seq_cst store/load): no race on it, and the reader's data read (line 21) happens after the writer's data = 5 (line 11) by release/acquire on flag. */
#include <pthread.h>
#include <stdatomic.h>

static atomic_int flag;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 5;
    atomic_store(&flag, 1);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (!atomic_load(&flag))
        ;
    return (void *)(long)data;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, reader, NULL);
    pthread_create(&b, NULL, writer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
