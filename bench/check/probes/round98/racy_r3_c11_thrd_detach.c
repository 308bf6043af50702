/* TRUTH: racy — each C11 worker calls thrd_detach(thrd_current()), so main's thrd_join fails and orders nothing; workers overlap on counter. */
#include <threads.h>
#include <stdio.h>

static long counter;

static int bump(void *arg)
{
    (void)arg;
    thrd_detach(thrd_current());
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
