/* TRUTH: free — note() writes main_log only when pthread_equal(pthread_self(), main_tid), i.e. only in the main thread; main_tid is set before any thread is created (log_add is noinline so -O1 does not speculate the load of main_log into the workers) */
#include <pthread.h>

pthread_t main_tid;
int main_log;

__attribute__((noinline)) static void log_add(int v)
{
    main_log += v;
}

static void note(int v)
{
    if (pthread_equal(pthread_self(), main_tid))
        log_add(v);
}

void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++)
        note(i);
    return 0;
}

int main(void)
{
    main_tid = pthread_self();
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, worker, 0);
    for (int i = 0; i < 50; i++)
        note(1);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    return main_log == 50 ? 0 : 1;
}
