// localtime, gmtime and ctime rewrite one static struct tm (C11 7.27.3p1). A pointer to it a
// global was given in code (last = localtime(&start)) reaches the same struct tm a thread's
// ctime rewrites: the read through it races, possibly (the pointer is followed by type only).
// A struct tm of main's own, filled by localtime_r and read through a local pointer, is
// nobody else's. A pointer into the static struct kept past the call (in a global, handed to
// a thread or to the program's own functions) is not followed further:
// INCOMPLETE: what 'localtime' returned is kept past the call
#include <pthread.h>
#include <time.h>

static time_t start = 1000;
static struct tm *last;

static void *stamp(void *arg)
{
    (void)arg;
    (void)ctime(&start); // RACE
    return NULL;
}

int main(void)
{
    pthread_t t;
    struct tm mine, *p = &mine;
    last = localtime(&start);
    pthread_create(&t, NULL, stamp, NULL);
    localtime_r(&start, p);
    int y = p->tm_year; // NORACE
    int z = last->tm_year; // RACE
    pthread_join(t, NULL);
    return y + z;
}
