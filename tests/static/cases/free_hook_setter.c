// A free hook (a static function pointer free initializes, set by a setter) is taken as free:
// my_free(job) ends the job's life, as free(job) does, so the worker that still reads the job
// races with it. That holds only if the program gives the setter nothing but free; here it
// also gives it a recycler that keeps the block for reuse, so the analysis says it is not
// complete rather than trusting the hook.
// INCOMPLETE: 'my_free' may be given a function that is no deallocator
#include <pthread.h>
#include <stdlib.h>

struct job {
    int n;
};

static void (*my_free)(void *) = free;
static void *spare;

static void set_free(void (*f)(void *))
{
    my_free = f;
}

static void recycle(void *p)
{
    spare = p;
}

static void *worker(void *arg)
{
    struct job *j = arg;
    return (void *)(long)j->n; // RACE
}

int main(int argc, char **argv)
{
    (void)argv;
    if (argc > 2)
        set_free(recycle);
    struct job *j = malloc(sizeof *j);
    if (j == NULL)
        return 1;
    j->n = argc;
    pthread_t t;
    pthread_create(&t, NULL, worker, j);
    my_free(j); // RACE
    pthread_join(t, NULL);
    return spare != NULL;
}
