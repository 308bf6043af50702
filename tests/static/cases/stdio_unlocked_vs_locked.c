// putc_unlocked uses its stream without the stream's lock: it races with another thread's
// fputs or printf, which take the stream's lock inside (stdio_flockfile_vs_locked.c: not
// when the unlocked call is inside flockfile ... funlockfile).
#include <pthread.h>
#include <stdio.h>

static void *bare(void *arg)
{
    (void)arg;
    putc_unlocked('a', stdout); // RACE (possible): printf and fputs in main take stdout's lock, this does not
    return NULL;
}

int main(void)
{
    pthread_t a;
    pthread_create(&a, NULL, bare, NULL);
    fputs("x", stdout); // RACE (possible)
    printf("y"); // RACE (possible)
    pthread_join(a, NULL);
    return 0;
}
