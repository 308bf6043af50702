// What localtime, gmtime, ctime and asctime return points into one static buffer that the next
// call rewrites (C11 7.27.3p1). Kept past the call (handed to a thread, stored in a global or
// given to a function of the program) it may be read while another thread's call rewrites
// it, and reads through such copies are not followed: the analysis says so instead of
// proving the program race-free. (Here main hands localtime's struct tm to a reader thread
// and then calls localtime again itself: a race on the struct.)
// INCOMPLETE: what 'localtime' returned is kept past the call
#include <pthread.h>
#include <time.h>

static time_t stamp = 1700000000;

static void *reader(void *arg)
{
    const struct tm *t = arg;
    return (void *)(long)t->tm_hour;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, reader, localtime(&stamp));
    stamp += 3600;
    (void)localtime(&stamp);
    pthread_join(t, NULL);
    return 0;
}
