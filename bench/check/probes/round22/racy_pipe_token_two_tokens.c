/* TRUTH: racy. The pipe "mutex" is primed with TWO token bytes, so both workers can hold a token at once and run `counter++` (read+write of counter) concurrently. */
#include <pthread.h>
#include <stdio.h>
#include <unistd.h>

static int tok[2];
static long counter;

static void *worker(void *arg)
{
    char c;
    (void)arg;
    for (int i = 0; i < 1000; i++) {
        read(tok[0], &c, 1);
        counter++;
        write(tok[1], &c, 1);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    if (pipe(tok) != 0)
        return 1;
    write(tok[1], "TT", 2); /* two tokens: no mutual exclusion */
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", counter);
    return 0;
}
