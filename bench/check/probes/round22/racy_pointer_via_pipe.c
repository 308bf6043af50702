/* TRUTH: racy. main sends the ADDRESS of a heap record through the pipe and then keeps updating rec->hits; the worker receives the pointer and increments q->hits: main's rec->hits++ and the worker's q->hits++ hit the same heap int with nothing ordering them. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

struct record {
    int hits;
};

static int chan[2];

static void *worker(void *arg)
{
    struct record *q;
    (void)arg;
    read(chan[0], &q, sizeof q);
    q->hits++;
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct record *rec = malloc(sizeof *rec);
    if (!rec || pipe(chan) != 0)
        return 1;
    rec->hits = 0;
    pthread_create(&t, NULL, worker, NULL);
    write(chan[1], &rec, sizeof rec);
    rec->hits++; /* still used after handing it over */
    pthread_join(t, NULL);
    printf("%d\n", rec->hits);
    free(rec);
    return 0;
}
