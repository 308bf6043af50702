/* TRUTH: free — slot is thread-local: each thread writes its own copy, by name and through memset(slot, ...) */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

static __thread int slot[4];

static void *w(void *a)
{
    (void)a;
    memset(slot, 0, sizeof slot);
    slot[2] = 5;
    return (void *)(long)slot[2];
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
