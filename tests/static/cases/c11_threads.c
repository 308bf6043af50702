// C11 threads and mtx_t work like pthreads.
#include <threads.h>

static mtx_t lock;
static int safe_count;
static int racy_count;

static int worker(void *arg)
{
    (void)arg;
    mtx_lock(&lock);
    safe_count++; // NORACE
    mtx_unlock(&lock);
    racy_count++; // RACE
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&lock, mtx_plain);
    thrd_create(&a, worker, NULL);
    thrd_create(&b, worker, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return 0;
}
