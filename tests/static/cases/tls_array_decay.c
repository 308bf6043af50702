// A thread-local array named as a value (bump(slot)) hands on its address, as &slot[0] does:
// each thread's own copy. What a helper reaches through it is no definite race (the copy
// handed over is the thread's own, which the analysis does not follow: possible).
#include <pthread.h>

static __thread int slot[4];

static void bump(int *p)
{
    p[2]++; // RACE (possible): no race (each thread's own copy), which copy is not followed
}

static void *w(void *a)
{
    for (int i = 0; i < 10; i++)
        bump(slot);
    return (void *)(long)slot[2];
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, w, 0);
    pthread_create(&b, 0, w, 0);
    bump(slot);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
