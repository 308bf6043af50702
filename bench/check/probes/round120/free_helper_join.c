/* TRUTH: free — mid calls a helper that creates leaf and joins it before returning, so mid's later read/write of data is ordered after leaf's write; main touches data only after joining mid */
#include <pthread.h>

int data;

void *leaf(void *arg)
{
    (void)arg;
    data = 7;
    return 0;
}

static void run_and_wait(void *(*fn)(void *))
{
    pthread_t t;
    pthread_create(&t, 0, fn, 0);
    pthread_join(t, 0);
}

void *mid(void *arg)
{
    (void)arg;
    run_and_wait(leaf);
    data = data + 1;
    return 0;
}

int main(void)
{
    pthread_t m;
    pthread_create(&m, 0, mid, 0);
    pthread_join(m, 0);
    return data == 8 ? 0 : 1;
}
