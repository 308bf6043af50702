/* TRUTH: free — C11 create/join each pass; workers never overlap and main reads after the last join. */
#include <threads.h>
#include <stdio.h>

static long counter;

static int bump(void *arg)
{
    (void)arg;
    counter++;
    return 0;
}

int main(void)
{
    for (int i = 0; i < 4; i++) {
        thrd_t t;
        thrd_create(&t, bump, NULL);
        thrd_join(t, NULL);
    }
    printf("%ld\n", counter);
    return 0;
}
