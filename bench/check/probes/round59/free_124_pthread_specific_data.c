/* TRUTH: free — each thread allocates its own buffer and stores it under a pthread key; it only ever touches the buffer returned by pthread_getspecific (its own); results go to distinct elements of outs[] read by main after joins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static pthread_key_t key;
static int outs[2];

static void bump_private(int by)
{
    int *p = pthread_getspecific(key);
    if (p)
        *p += by;
}

static void *user(void *a)
{
    int id = (int)(long)a;
    int *mine = calloc(1, sizeof *mine);
    pthread_setspecific(key, mine);
    for (int i = 0; i < 10; i++)
        bump_private(id + 1);
    outs[id] = mine ? *mine : -1;
    return NULL;
}

int main(void)
{
    pthread_key_create(&key, free);
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, user, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    pthread_key_delete(key);
    printf("%d %d\n", outs[0], outs[1]);
    return 0;
}
