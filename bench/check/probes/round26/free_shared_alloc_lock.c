/* TRUTH: race-free. One heap counter object (with its own mutex) is handed to both threads;
   each increments c->count while holding c->m; main reads after joining. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct counter {
    pthread_mutex_t m;
    long count;
};

static void *bump(void *arg)
{
    struct counter *c = arg;
    for (int i = 0; i < 3; i++) {
        pthread_mutex_lock(&c->m);
        c->count++;
        pthread_mutex_unlock(&c->m);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    struct counter *c = malloc(sizeof *c);
    if (!c)
        return 1;
    pthread_mutex_init(&c->m, NULL);
    c->count = 0;
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, bump, c);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%ld\n", c->count);
    free(c);
    return 0;
}
