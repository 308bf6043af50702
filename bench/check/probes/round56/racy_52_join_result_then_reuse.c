/* TRUTH: racy — main joins worker 1, then starts worker 3 which writes scratch->acc, while worker 2 (never joined before that point) also writes scratch->acc; worker 2 vs worker 3. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct scratch { int acc; };

static void *accumulate(void *arg)
{
    struct scratch *s = arg;
    for (int i = 0; i < 10; i++)
        s->acc += i;
    return NULL;
}

int main(void)
{
    struct scratch *s = calloc(1, sizeof *s);
    if (!s)
        return 1;
    pthread_t w1, w2, w3;
    pthread_create(&w1, NULL, accumulate, s);
    pthread_join(w1, NULL);
    pthread_create(&w2, NULL, accumulate, s);
    pthread_create(&w3, NULL, accumulate, s);
    pthread_join(w2, NULL);
    pthread_join(w3, NULL);
    printf("%d\n", s->acc);
    free(s);
    return 0;
}
