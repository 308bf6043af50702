// Thread-local variables are per thread: never shared.
#include <pthread.h>
#include <threads.h>

__thread int gnu_tls;
_Thread_local int c11_tls;
int shared;

static void *worker(void *arg)
{
    (void)arg;
    gnu_tls++; // NORACE
    c11_tls++; // NORACE
    shared++; // RACE
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
