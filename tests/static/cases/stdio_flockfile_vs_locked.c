// An unlocked stdio call inside flockfile(stream) ... funlockfile(stream) holds the lock
// fputs and printf take inside: no race with them (stdio_unlocked_vs_locked.c: without it).
#include <pthread.h>
#include <stdio.h>

static void *locked(void *arg)
{
    (void)arg;
    flockfile(stdout);
    putc_unlocked('b', stdout); // NORACE: under stdout's lock, as fputs and printf take it
    funlockfile(stdout);
    return NULL;
}

int main(void)
{
    pthread_t b;
    pthread_create(&b, NULL, locked, NULL);
    fputs("x", stdout); // NORACE
    printf("y"); // NORACE
    pthread_join(b, NULL);
    return 0;
}
