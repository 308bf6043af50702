/* TRUTH: racy — each thread takes a unique id, but sprintf(&buf[id], ...) writes buf[id] and buf[id + 1] (the NUL): ids 0 and 1 share buf[1] */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static char buf[8];
static atomic_int next;

static void *writer(void *arg)
{
    (void)arg;
    int id = atomic_fetch_add(&next, 1);
    sprintf(&buf[id], "%c", 'a' + id);
    return 0;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], 0, writer, 0);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], 0);
    puts(buf);
    return 0;
}
