/* TRUTH: race-free. (variant of ../free_pipe_token_mutex.c: error paths abort() instead of return 1) The pipe holds exactly one token byte; each worker read()s the token before counter++ and write()s it back after, so at most one worker is between its read and its write, and each increment happens before the next holder's read returns (the token travels through the kernel). */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <unistd.h>

static int tok[2];
static long counter;

static void *worker(void *arg)
{
    char c;
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        read(tok[0], &c, 1);  /* take the token */
        counter++;
        write(tok[1], &c, 1); /* give it back */
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    if (pipe(tok) != 0)
        abort();
    write(tok[1], "T", 1); /* exactly one token */
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
