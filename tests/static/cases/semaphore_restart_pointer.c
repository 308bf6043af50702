// A semaphore that sem_init may restart at 1 through a pointer (a helper's parameter) is no
// signal: a wait on it may return with no post, so nothing orders the reader after the writer.
#include <pthread.h>
#include <semaphore.h>

int data;
sem_t s;

static void open_gate(sem_t *g) { sem_init(g, 0, 1); }
static void close_gate(void) { sem_init(&s, 0, 0); }

static void *producer(void *arg)
{
    (void)arg;
    data = 1; // RACE (possible)
    sem_post(&s);
    return NULL;
}

int main(int argc, char **argv)
{
    (void)argv;
    if (argc > 1)
        close_gate();
    else
        open_gate(&s);
    pthread_t t;
    pthread_create(&t, NULL, producer, NULL);
    sem_wait(&s);
    int r = data; // RACE (possible)
    pthread_join(t, NULL);
    return r;
}
