// ctime's static string kept through a second local (s = ctime(&t); u = s; last = u;) is
// kept past the call as much as when stored directly: a thread's later ctime rewrites what
// last points at, and reads through such copies are not followed.
// INCOMPLETE: what 'ctime' returned is kept past the call
#include <pthread.h>
#include <time.h>

static time_t stamp = 1700000000;
static const char *last;

static void *stamper(void *arg)
{
    (void)arg;
    (void)ctime(&stamp);
    return NULL;
}

int main(void)
{
    pthread_t t;
    char *s = ctime(&stamp);
    char *u = s;
    last = u;
    pthread_create(&t, NULL, stamper, NULL);
    char c = last[0];
    pthread_join(t, NULL);
    return c;
}
