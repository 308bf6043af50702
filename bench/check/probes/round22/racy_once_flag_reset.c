/* TRUTH: racy. first passes call_once (init writes `table_size`), posts `seen`, then reads table_size. main waits for `seen`, RESETS the once_flag and starts second, whose call_once runs init again: second's write of table_size (under m) is unordered with first's unlocked read of it. (The reset itself is ordered after first's call_once by the semaphore, and before second's by thrd_create.) */
#include <semaphore.h>
#include <stdio.h>
#include <threads.h>

static once_flag flag = ONCE_FLAG_INIT;
static mtx_t m;
static sem_t seen;
static int table_size;

static void init(void)
{
    mtx_lock(&m);
    table_size = 64;
    mtx_unlock(&m);
}

static int first(void *arg)
{
    (void)arg;
    call_once(&flag, init);
    sem_post(&seen);
    printf("first %d\n", table_size);
    return 0;
}

static int second(void *arg)
{
    (void)arg;
    call_once(&flag, init);
    return 0;
}

int main(void)
{
    thrd_t a, b;
    mtx_init(&m, mtx_plain);
    sem_init(&seen, 0, 0);
    thrd_create(&a, first, NULL);
    sem_wait(&seen);
    flag = (once_flag)ONCE_FLAG_INIT; /* "reconfigure": init may run again */
    thrd_create(&b, second, NULL);
    thrd_join(a, NULL);
    thrd_join(b, NULL);
    return 0;
}
