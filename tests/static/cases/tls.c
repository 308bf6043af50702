// Thread-local variables are per thread: never shared, unless a thread hands its copy's
// address to another (then weft cannot tell the copies apart: a possible race).
#include <pthread.h>
#include <threads.h>

__thread int gnu_tls;
_Thread_local int c11_tls;
int shared;
__thread int handed; // main hands its copy to the helper

static void *helper(void *arg)
{
    int *p = arg;
    (*p)++; // RACE (possible): main's copy of handed, which main writes too
    return NULL;
}

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
    pthread_t h;
    pthread_create(&h, NULL, helper, &handed);
    handed++; // RACE (possible)
    pthread_join(h, NULL);
    return 0;
}
