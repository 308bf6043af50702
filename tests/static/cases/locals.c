// A local whose address is given to a thread is shared; one that never escapes is not.
#include <pthread.h>

static void *worker(void *arg)
{
    int *p = arg;
    *p += 1; // RACE
    int mine = 0;
    mine++; // NORACE
    return NULL;
}

int main(void)
{
    int escaped = 0;
    int private_count = 0;
    pthread_t t;
    pthread_create(&t, NULL, worker, &escaped);
    escaped = 5; // RACE
    private_count++; // NORACE
    pthread_join(t, NULL);
    return private_count + escaped;
}
