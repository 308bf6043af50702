/* TRUTH: free — each thread gets its own malloc'd cell; main reads and frees the cells only after joining */
#include <pthread.h>
#include <stdlib.h>

#define N 3

struct cell {
    int hits;
    int last;
};

void *worker(void *arg)
{
    struct cell *c = arg;
    for (int i = 0; i < 50; i++) {
        c->hits++;
        c->last = i;
    }
    return 0;
}

int main(void)
{
    pthread_t t[N];
    struct cell *cells[N];
    for (int i = 0; i < N; i++) {
        cells[i] = calloc(1, sizeof(struct cell));
        if (!cells[i])
            return 1;
        pthread_create(&t[i], 0, worker, cells[i]);
    }
    int s = 0;
    for (int i = 0; i < N; i++) {
        pthread_join(t[i], 0);
        s += cells[i]->hits;
        free(cells[i]);
    }
    return s == 150 ? 0 : 1;
}
