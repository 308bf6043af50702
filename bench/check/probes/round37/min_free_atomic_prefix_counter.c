/* TRUTH: free — atomic_add really is atomic here: its body uses __atomic_fetch_add (line 8); main reads total after both joins. */
#include <pthread.h>

static int total;

static void atomic_add(int *p, int v)
{
    __atomic_fetch_add(p, v, __ATOMIC_SEQ_CST);
}

static void *w(void *arg)
{
    atomic_add(&total, (int)(long)arg);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w, (void *)1L);
    pthread_create(&b, NULL, w, (void *)2L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return total;
}
