// A flag stored through a pointer: through a parameter (set(&flag)) or the thread's argument
// it is that flag's store (its storer is another thread, or it comes first); through a
// pointer the analysis cannot follow, of any type ((int *)&flag), it may be any flag: no
// hand-off is proved in such a program (review of session 13).
#include <pthread.h>
#include <stdatomic.h>

static atomic_int flag, arg_flag, cflag;
static int data, arg_data, other_data;
static int *volatile raw;

static void set(atomic_int *f)
{
    atomic_store(f, 1);
}

static void *producer(void *a)
{
    (void)a;
    set(&flag);
    data = 1; // RACE (possible): after the store set() made through its parameter
    atomic_store(&flag, 2);
    return 0;
}

static void *consumer(void *a)
{
    (void)a;
    while (!atomic_load(&flag))
        ;
    return (void *)(long)data;
}

static void *arg_producer(void *a)
{
    arg_data = 1; // RACE (possible): the store through the argument comes first
    atomic_store((atomic_int *)a, 1);
    arg_data = 2;
    return 0;
}

static void *arg_consumer(void *a)
{
    (void)a;
    while (!atomic_load(&arg_flag))
        ;
    return (void *)(long)arg_data;
}

static void *cast_store(void *a)
{
    (void)a;
    *raw = 1; // a plain store, through an int *, to a flag
    return 0;
}

static void *other(void *a)
{
    (void)a;
    other_data = 1; // RACE (possible): the waiter may see cast_store's store instead
    atomic_store(&cflag, 1);
    return 0;
}

static void *other_waiter(void *a)
{
    (void)a;
    while (!atomic_load(&cflag))
        ;
    return (void *)(long)other_data;
}

int main(void)
{
    pthread_t t[7];
    raw = (int *)&cflag;
    pthread_create(&t[0], 0, producer, 0);
    pthread_create(&t[1], 0, consumer, 0);
    pthread_create(&t[2], 0, arg_producer, &arg_flag);
    pthread_create(&t[3], 0, arg_consumer, 0);
    pthread_create(&t[4], 0, cast_store, 0);
    pthread_create(&t[5], 0, other, 0);
    pthread_create(&t[6], 0, other_waiter, 0);
    for (int i = 0; i < 7; i++)
        pthread_join(t[i], 0);
    return 0;
}
