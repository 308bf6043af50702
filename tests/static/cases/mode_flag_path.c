// A thread that passed a test of a global mode flag (io_op == OP_READ) and tests it again
// further down (io_op != OP_IDLE) reads the same value, with no acquire in between: the
// command path behind the second test never runs in it (redis's IO threads). A thread
// that never tested the flag, or took a lock in between, may take either branch.
#include <pthread.h>
#include <stdatomic.h>

enum { OP_IDLE, OP_READ, OP_WRITE };
static int io_op;
static atomic_int pending;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long current_client, other_client, third_client, parsed;

static void process(long c) { current_client = c; } // NORACE: only main runs commands
static void read_query(long c)
{
    if (io_op != OP_IDLE)
        return; /* the IO thread stops here */
    process(c);
}
static void read_other(long c)
{
    if (io_op != OP_IDLE)
        return;
    other_client = c; // RACE (possible): the lone thread reaches it without a first test
}
static void read_third(long c)
{
    if (io_op != OP_IDLE)
        return;
    third_client = c; // RACE (possible): the lock taken after the first test may bring a new value
}

static void *io_thread(void *arg)
{
    (void)arg;
    while (atomic_load(&pending) == 0)
        ;
    if (io_op == OP_READ)
        read_query(1);
    else if (io_op == OP_WRITE)
        parsed = 0;
    if (io_op == OP_READ) {
        pthread_mutex_lock(&m);
        pthread_mutex_unlock(&m);
        read_third(1);
    }
    atomic_store(&pending, 0);
    return NULL;
}

static void *lone(void *arg)
{
    (void)arg;
    read_other(3);
    return NULL;
}

int main(void)
{
    pthread_t t, u;
    pthread_create(&t, NULL, io_thread, NULL);
    pthread_create(&u, NULL, lone, NULL);
    io_op = OP_READ;
    atomic_store(&pending, 1);
    while (atomic_load(&pending) != 0)
        ;
    io_op = OP_IDLE;
    read_query(2);
    read_other(2);
    read_third(2);
    pthread_join(t, NULL);
    pthread_join(u, NULL);
    return 0;
}
