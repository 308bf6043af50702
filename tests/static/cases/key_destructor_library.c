// A null pointer or a number handed where a function may go hands over no function: a
// null destructor to pthread_key_create, SIG_IGN to signal. The analysis stays complete
// and proves the program race-free. (A destructor of the program's own is code that may
// run in other threads, and so is a function of the C library: free as the destructor
// frees whatever each thread set, maybe shared memory: key_destructor_own.c.)
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
    pthread_key_create(&buf_key, NULL);
    pthread_key_create(&tag_key, NULL);
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    total = 2; // NORACE: after the joins
    return total;
}
