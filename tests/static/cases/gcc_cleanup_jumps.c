// A cleanup function runs when a goto, break or continue leaves its variable's block, as
// at the block's end: an unlock there leaves what follows the jump unprotected. A goto
// to a label inside the block leaves nothing: the lock is still held at the label.
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int after_goto, after_break, after_continue, inside, seen;

static void unlock_m(int *unused)
{
    (void)unused;
    pthread_mutex_unlock(&m);
}

static void by_goto(int k)
{
    {
        int guard __attribute__((cleanup(unlock_m))) = 0;
        pthread_mutex_lock(&m);
        seen += k;
        goto out;
    }
out:
    after_goto++; // RACE: the goto left the block, its cleanup released m
}

static void within(int k)
{
    int guard __attribute__((cleanup(unlock_m))) = 0;
    pthread_mutex_lock(&m);
    if (k)
        goto again;
    seen++;
again:
    inside++; // NORACE: the label is in the guard's block, m still held
}

static void by_break(int k)
{
    switch (k) {
    case 0: {
        int guard __attribute__((cleanup(unlock_m))) = 0;
        pthread_mutex_lock(&m);
        seen++;
        break;
    }
    default: {
        int guard __attribute__((cleanup(unlock_m))) = 0;
        pthread_mutex_lock(&m);
        seen--;
        break;
    }
    }
    after_break++; // RACE: the break left the case's block
}

static void by_continue(int n)
{
    pthread_mutex_lock(&m);
    for (int i = 0; i < n; i++) {
        int guard __attribute__((cleanup(unlock_m))) = 0;
        seen++;
        continue;
    }
    after_continue++; // RACE: the first iteration's cleanup released m
}

static void *worker(void *arg)
{
    int k = (int)(long)arg;
    by_goto(k);
    within(k);
    by_break(k);
    by_continue(k);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1L);
    pthread_create(&b, NULL, worker, (void *)0L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
