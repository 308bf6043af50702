/* TRUTH: free. a thread writes payload only after its seq_cst load saw refs == 1, a value written by the other thread's fetch_sub (release) after that thread read payload, so the read happens-before the write. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { atomic_int refs; int payload; };
static struct obj shared = { 2, 77 };
static int seen[2];

static void *user(void *p)
{
    int *out = p;
    if (atomic_load(&shared.refs) == 1)
        shared.payload = 0;
    else
        *out = shared.payload;
    atomic_fetch_sub(&shared.refs, 1);
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, user, &seen[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", seen[0], seen[1]);
    return 0;
}
