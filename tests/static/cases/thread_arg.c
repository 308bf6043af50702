// Memory reached through the thread argument is shared with the creator, field by field.
#include <pthread.h>
#include <stdlib.h>

struct job {
    int input;
    int result;
    int progress;
};

static void *run(void *arg)
{
    struct job *j = arg;
    j->result = j->input * 2; // NORACE: main reads result only after join
    j->progress = 50; // RACE
    return NULL;
}

int main(void)
{
    struct job *j = malloc(sizeof(*j));
    j->input = 21; // NORACE: before the thread starts
    pthread_t t;
    pthread_create(&t, NULL, run, j);
    int seen = j->progress; // RACE
    pthread_join(t, NULL);
    int r = j->result; // NORACE
    free(j);
    return r + seen;
}
