/* TRUTH: free. main hands the thread a pointer to its stack struct and only modifies it again after joining the thread. */
#include <pthread.h>

typedef struct { int in; int out; } job_t;

static void *square(void *p)
{
    job_t *j = p;
    j->out = j->in * j->in;
    return NULL;
}

int main(void)
{
    job_t j = { .in = 7, .out = 0 };
    pthread_t t;
    pthread_create(&t, NULL, square, &j);
    pthread_join(t, NULL);
    j.in = j.out;
    pthread_create(&t, NULL, square, &j);
    pthread_join(t, NULL);
    return j.out != 2401;
}
