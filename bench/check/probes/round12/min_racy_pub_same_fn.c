// racy: one routine run by two threads publishes its fresh object with release and reads the other's with a relaxed load.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
struct msg { int a; };
static _Atomic(struct msg *) slot;
static void *peer(void *x)
{
    struct msg *mine = malloc(sizeof *mine);
    if (!mine)
        return NULL;
    mine->a = (int)(long)x;
    struct msg *other = atomic_load_explicit(&slot, memory_order_relaxed);
    if (other)
        return (void *)(long)other->a;
    atomic_store_explicit(&slot, mine, memory_order_release);
    return NULL;
}
int main(void)
{
    pthread_t p, c;
    pthread_create(&p, NULL, peer, (void *)1L);
    pthread_create(&c, NULL, peer, (void *)2L);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
