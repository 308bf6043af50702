/* TRUTH: free — the only pthread_create of the writer is in spawn_writer(), which is never called; main's writes of x are the only accesses at run time */
#include <pthread.h>

int x;

void *writer(void *arg)
{
    (void)arg;
    x = 1;
    return 0;
}

void spawn_writer(void);
void spawn_writer(void)
{
    pthread_t t;
    pthread_create(&t, 0, writer, 0);
    pthread_detach(t);
}

void *idle(void *arg)
{
    (void)arg;
    return 0;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, 0, idle, 0);
    x = 2;
    pthread_join(t, 0);
    return x == 2 ? 0 : 1;
}
