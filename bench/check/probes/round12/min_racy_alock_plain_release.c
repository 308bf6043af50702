// racy: the spin lock is released by the plain assignment l = 0; y++ after it is unprotected in both threads.
#include <pthread.h>
#include <stdatomic.h>
static atomic_int l;
static int y;
static void *w(void *a)
{
    (void)a;
    while (atomic_exchange(&l, 1))
        ;
    l = 0;
    y++;
    return NULL;
}
int main(void)
{
    pthread_t p, q;
    pthread_create(&p, NULL, w, NULL);
    pthread_create(&q, NULL, w, NULL);
    pthread_join(p, NULL);
    pthread_join(q, NULL);
    return y;
}
