/* TRUTH: free — each thread receives its own malloc'd task struct, writes only that struct's out field; main reads out and frees after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct task {
    int in;
    int out;
};

static void *square(void *p)
{
    struct task *t = p;
    t->out = t->in * t->in;
    return NULL;
}

int main(void)
{
    enum { N = 5 };
    pthread_t th[N];
    struct task *tasks[N];
    for (int i = 0; i < N; i++) {
        tasks[i] = malloc(sizeof *tasks[i]);
        if (!tasks[i])
            abort();
        tasks[i]->in = i + 1;
        tasks[i]->out = 0;
        pthread_create(&th[i], NULL, square, tasks[i]);
    }
    int s = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(th[i], NULL);
        s += tasks[i]->out;
        free(tasks[i]);
    }
    printf("%d\n", s);
    return 0;
}
