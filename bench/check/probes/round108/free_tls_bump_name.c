/* TRUTH: free — slot is thread-local: bump(slot) and slot[2] in each thread reach that thread's own copy */
#include <pthread.h>
#include <stdio.h>

static __thread int slot[4];

static void bump(int *p)
{
    p[2]++;
}

static void *w(void *a)
{
    (void)a;
    bump(slot);
    slot[2] = 7;
    return 0;
}

int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, w, 0);
    pthread_create(&y, 0, w, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    puts("done");
    return 0;
}
