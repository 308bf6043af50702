// A function of the C library handed to a call not analyzed hands over none of the
// program's code: pthread_key_create(&k, free) frees each thread's own value as it exits,
// and a null destructor (or SIG_IGN to signal) is no function at all. The analysis stays
// complete and proves the program race-free. (A destructor of the program's own is code
// that may run in other threads: key_destructor_own.c.)
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

static pthread_key_t buf_key, tag_key;
static int total;

static void *worker(void *arg)
{
    int *mine = malloc(sizeof *mine);
    if (mine == NULL)
        return NULL;
    *mine = (int)(long)arg;
    pthread_setspecific(buf_key, mine); // NORACE
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    signal(SIGPIPE, SIG_IGN);
    pthread_key_create(&buf_key, free);
    pthread_key_create(&tag_key, NULL);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    total = 2; // NORACE: after the joins
    return total;
}
